import { RecordIdParamsSchema } from '@vettrak-portal/contracts'
import { data, type Params } from 'react-router'

/** The `:id` of an enrolment or contract, or the 404 page for anything else. */
export function recordId(params: Params): number {
  const parsed = RecordIdParamsSchema.safeParse(params)
  if (!parsed.success) throw data(null, { status: 404 })
  return parsed.data.id
}

/** The 404 page: the id is not one of this learner's. */
export function notFound(): never {
  throw data(null, { status: 404 })
}
