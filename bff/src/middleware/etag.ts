/**
 * @module
 * `If-None-Match` by weak comparison (RFC 9110 13.1.2): the compression middleware may weaken a
 * strong tag (`W/"…"`) on the way out, and the client sends back what it got.
 */

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/** Whether `ifNoneMatch` names `etag` (or is `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
}
