/**
 * Collects the keys asked for in one turn of the event loop (the cells of the rows that just came
 * into view) and fetches them together, at most `maxBatch` a request. Each caller gets its own
 * key's value, or undefined when the answer left it out.
 */
export function createBatcher<K, V>(
  fetchBatch: (keys: K[]) => Promise<ReadonlyMap<K, V>>,
  maxBatch: number,
): (key: K) => Promise<V | undefined> {
  type Waiting = {
    key: K
    resolve: (value: V | undefined) => void
    reject: (error: unknown) => void
  }
  let queue: Waiting[] = []

  const flush = () => {
    const waiting = queue
    queue = []
    const keys = [...new Set(waiting.map((w) => w.key))]
    for (let start = 0; start < keys.length; start += maxBatch) {
      const batch = keys.slice(start, start + maxBatch)
      const inBatch = new Set(batch)
      const callers = waiting.filter((w) => inBatch.has(w.key))
      fetchBatch(batch).then(
        (found) => callers.forEach((w) => w.resolve(found.get(w.key))),
        (error: unknown) => callers.forEach((w) => w.reject(error)),
      )
    }
  }

  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      if (queue.length === 0) setTimeout(flush, 0)
      queue.push({ key, resolve, reject })
    })
}
