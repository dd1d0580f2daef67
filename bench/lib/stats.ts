/**
 * @module
 * Small helpers to time things and print figures; benchmarks print, they never assert.
 */
import { performance } from 'node:perf_hooks'

/** Percentile of already-collected samples (milliseconds). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

/** Runs `fn` `warmup` times untimed, then `runs` times, and returns the durations in ms. */
export async function timeRuns(fn: () => Promise<unknown>, runs: number, warmup = 3) {
  for (let i = 0; i < warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return samples
}

/** Calls `fn` from `concurrency` loops for `seconds`; returns completed calls per second and latencies. */
export async function throughput(fn: () => Promise<unknown>, concurrency: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000
  const latencies: number[] = []
  let errors = 0
  const loop = async () => {
    while (performance.now() < deadline) {
      const start = performance.now()
      try {
        await fn()
        latencies.push(performance.now() - start)
      } catch {
        errors++
      }
    }
  }
  const begun = performance.now()
  await Promise.all(Array.from({ length: concurrency }, loop))
  const elapsed = (performance.now() - begun) / 1000
  return { perSecond: latencies.length / elapsed, latencies, errors }
}

/** `12.3 ms` with sensible precision. */
export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`

/** Prints a two-column table of figures. */
export function printTable(title: string, rows: Array<[string, string]>) {
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log(`\n${title}`)
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`)
}
