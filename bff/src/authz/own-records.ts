/**
 * @module
 * A record asked for by id must be one of the client's own, checked against the client's list
 * before VETtrak is asked for it, so no one relies on VETtrak alone to keep records apart.
 */

/** Whether `id` is the id of one of `records`. */
export function isOwnRecord(records: ReadonlyArray<{ id: number }>, id: number): boolean {
  return records.some((record) => record.id === id)
}
