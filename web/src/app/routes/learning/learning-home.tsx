import { redirect } from 'react-router'
import { paths } from '../../../config/paths.ts'

// The overview of My learning is the home page; `/learning` is kept as a way there.
export const clientLoader = () => () => redirect(paths.home.getHref())

export default function LearningHomeRoute() {
  return null
}
