import type { QueryClient } from '@tanstack/react-query'
import { prefetchLearningOverview } from '../dashboard.tsx'

// The overview of My learning: the home page of a learner, and where an employer contact (whose
// home is the employer overview) finds their own courses.
export const clientLoader = (queryClient: QueryClient) => () => {
  prefetchLearningOverview(queryClient)
  return null
}

export { LearningOverview as default } from '../dashboard.tsx'
