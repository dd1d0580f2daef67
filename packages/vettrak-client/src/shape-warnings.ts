/**
 * @module
 * Reports how answers differ from the tables (see `normalise.ts`) through the client's logger: one
 * warning per operation, kind and member for the life of the process, so a real VETtrak that
 * always leaves a member out costs one log line, not one per call.
 */
import type { OperationName } from '@vettrak-portal/vettrak-api'
import type { VettrakLogger } from './logger.ts'
import type { ShapeDifference } from './normalise.ts'

/** Distinct differences remembered; past this, nothing more is logged (a broken server would flood). */
const MAX_REPORTED = 1_000

/** Reports the shape differences of one read answer. */
export type ShapeReporter = (operation: OperationName, differences: ShapeDifference[]) => void

/** A reporter that warns once per operation, kind and member. */
export function createShapeReporter(logger: VettrakLogger): ShapeReporter {
  const reported = new Set<string>()
  return (operation, differences) => {
    for (const difference of differences) {
      const key = `${operation} ${difference.kind} ${difference.member}`
      if (reported.has(key) || reported.size >= MAX_REPORTED) continue
      reported.add(key)
      logger.warn?.('vettrak answer differs from the expected shape', {
        operation,
        kind: difference.kind,
        member: difference.member,
        detail: difference.detail,
      })
    }
  }
}
