import { DatabaseError, VettrakUnavailableError } from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import { backoffDelay, withRetry } from './retry.ts'
import { isTransient } from './transient.ts'

const unavailable = (reason: VettrakUnavailableError['reason']) =>
  new VettrakUnavailableError('down', { operation: 'GetClientDetails', reason })

function failingThen<T>(failures: Error[], value: T) {
  let calls = 0
  const call = () => {
    const failure = failures[calls++]
    return failure === undefined ? Promise.resolve(value) : Promise.reject(failure)
  }
  return { call, calls: () => calls }
}

const options = (waits: number[] = []) => ({
  retries: 2,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  shouldRetry: isTransient,
  random: () => 0.5,
  sleep: (ms: number) => {
    waits.push(ms)
    return Promise.resolve()
  },
})

describe('retrying', () => {
  it('a network failure, an HTTP error, a cut-off answer and a database error are retried', async () => {
    for (const failure of [
      unavailable('network'),
      unavailable('http-error'),
      unavailable('malformed-response'),
      new DatabaseError('-3', { operation: 'GetClientDetails', status: -3 }),
    ]) {
      const upstream = failingThen([failure], 'ok')
      await expect(withRetry(upstream.call, options())).resolves.toBe('ok')
      expect(upstream.calls()).toBe(2)
    }
  })

  it('a timeout and a SOAP fault are not retried', async () => {
    for (const failure of [unavailable('timeout'), unavailable('soap-fault')]) {
      const upstream = failingThen([failure], 'ok')
      await expect(withRetry(upstream.call, options())).rejects.toBe(failure)
      expect(upstream.calls()).toBe(1)
    }
  })

  it('gives up after two retries with the last error', async () => {
    const failures = [unavailable('network'), unavailable('network'), unavailable('http-error')]
    const upstream = failingThen(failures, 'ok')
    await expect(withRetry(upstream.call, options())).rejects.toBe(failures[2])
    expect(upstream.calls()).toBe(3)
  })

  it('waits a random share of a doubling, capped ceiling before each retry (full jitter)', async () => {
    const waits: number[] = []
    const upstream = failingThen([unavailable('network'), unavailable('network')], 'ok')
    await withRetry(upstream.call, options(waits))
    expect(waits).toEqual([50, 100])
    expect(backoffDelay(10, { baseDelayMs: 100, maxDelayMs: 1000 }, () => 0.999)).toBe(999)
    expect(backoffDelay(1, { baseDelayMs: 100, maxDelayMs: 1000 }, () => 0)).toBe(0)
  })
})
