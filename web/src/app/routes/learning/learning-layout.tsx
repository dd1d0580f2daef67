import { Outlet } from 'react-router'
import { useFeatures } from '../../../features/auth/hooks/use-features.ts'
import { LearningNav } from '../../../features/learning/components/learning-nav.tsx'

export default function LearningLayout() {
  const features = useFeatures()
  return (
    <>
      <LearningNav features={features} />
      <Outlet />
    </>
  )
}
