import { useSuspenseQuery } from '@tanstack/react-query'
import { Outlet } from 'react-router'
import { sessionQueries } from '../../../features/auth/api/session-queries.ts'
import { useFeatures } from '../../../features/auth/hooks/use-features.ts'
import { LearningNav } from '../../../features/learning/components/learning-nav.tsx'

export default function LearningLayout() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const features = useFeatures()
  return (
    <>
      <LearningNav features={features} actingForEmployer={Boolean(session.activeEmployerId)} />
      <Outlet />
    </>
  )
}
