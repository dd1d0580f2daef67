/**
 * @module
 * autocannon with the options every benchmark here uses: loopback only, bounded in time, figures
 * (p50/p99 and mean latency, requests per second, errors) returned rather than printed.
 */
import autocannon from 'autocannon'

export interface CannonOptions {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  connections?: number
  /** Seconds. */
  duration?: number
}

export interface CannonFigures {
  /** Milliseconds, whole (autocannon's percentiles). */
  p50: number
  p99: number
  /** Milliseconds, to the hundredth: the one latency figure finer than a millisecond. */
  mean: number
  perSecond: number
  requests: number
  errors: number
  non2xx: number
}

/** Runs autocannon once and returns its figures. */
export async function cannon(options: CannonOptions): Promise<CannonFigures> {
  // HTTPS only to a local proxy (Caddy's own test certificate: autocannon does not verify it).
  if (!/^https?:\/\/127\.0\.0\.1:/.test(options.url)) throw new Error('load goes to 127.0.0.1 only')
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    connections: options.connections ?? 8,
    duration: options.duration ?? 5,
  })
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
    perSecond: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/**
 * One connection per option set, all at once, with figures over them all: the way to load with
 * several people's cookies (autocannon sends one set of headers per instance). Percentiles are
 * the worst of the instances'; the mean is weighted by requests.
 */
export async function cannonEach(each: CannonOptions[]): Promise<CannonFigures> {
  const all = await Promise.all(each.map((options) => cannon({ ...options, connections: 1 })))
  const sum = (pick: (f: CannonFigures) => number) => all.reduce((t, f) => t + pick(f), 0)
  const requests = sum((f) => f.requests)
  return {
    p50: Math.max(...all.map((f) => f.p50)),
    p99: Math.max(...all.map((f) => f.p99)),
    mean: sum((f) => f.mean * f.requests) / requests,
    perSecond: sum((f) => f.perSecond),
    requests,
    errors: sum((f) => f.errors),
    non2xx: sum((f) => f.non2xx),
  }
}

/** `p50 3 ms, p99 9 ms, mean 2.71 ms, 2,345 req/s` (and errors when there were any). */
export function describe(figures: CannonFigures): string {
  const failures = figures.errors + figures.non2xx
  return (
    `p50 ${figures.p50} ms, p99 ${figures.p99} ms, mean ${figures.mean.toFixed(2)} ms, ${Math.round(figures.perSecond).toLocaleString('en-AU')} req/s` +
    (failures ? `, ${failures} failed` : '')
  )
}
