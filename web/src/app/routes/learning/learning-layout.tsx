import { Outlet } from 'react-router'
import { LearningNav } from '../../../features/learning/components/learning-nav.tsx'

export default function LearningLayout() {
  return (
    <>
      <LearningNav />
      <Outlet />
    </>
  )
}
