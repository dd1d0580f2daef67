/**
 * @module
 * `mapWithConcurrency`: like `Promise.all(items.map(fn))`, with at most `limit` calls in flight, so
 * one page does not open a burst of connections to VETtrak.
 */

/**
 * Maps `items` through `fn`, at most `limit` at a time; results keep the order of `items`. After
 * one call fails, no further call starts: the page has failed, and a VETtrak that fails one read
 * should not be sent the rest of them for an answer nobody will see.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++
      try {
        results[index] = await fn(items[index] as T, index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
