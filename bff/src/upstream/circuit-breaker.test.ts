import { VettrakUnavailableError } from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import { createCircuitBreaker } from './circuit-breaker.ts'
import { CircuitOpenError } from './circuit-open-error.ts'
import { isUpstreamTrouble } from './transient.ts'

const down = () =>
  Promise.reject(
    new VettrakUnavailableError('down', { operation: 'GetClientDetails', reason: 'network' }),
  )
const up = () => Promise.resolve('ok')

function breaker() {
  let now = 1_000_000
  const states: string[] = []
  const circuit = createCircuitBreaker({
    failureThreshold: 3,
    coolDownMs: 10_000,
    isFailure: isUpstreamTrouble,
    now: () => now,
    onStateChange: (state) => states.push(state),
  })
  return { circuit, states, advance: (ms: number) => (now += ms) }
}

async function failTimes(circuit: ReturnType<typeof createCircuitBreaker>, times: number) {
  for (let i = 0; i < times; i++) await circuit.run('GetClientDetails', down).catch(() => {})
}

describe('the circuit breaker', () => {
  it('opens after three consecutive failures and then fails fast without calling', async () => {
    const { circuit } = breaker()
    await failTimes(circuit, 2)
    expect(circuit.state()).toBe('closed')
    await failTimes(circuit, 1)
    expect(circuit.state()).toBe('open')
    let called = false
    const refused = circuit.run('GetClientDetails', () => {
      called = true
      return up()
    })
    await expect(refused).rejects.toBeInstanceOf(CircuitOpenError)
    await expect(refused).rejects.toMatchObject({ reason: 'network', retryAfterSeconds: 10 })
    expect(called).toBe(false)
  })

  it('a success in between resets the count', async () => {
    const { circuit } = breaker()
    await failTimes(circuit, 2)
    await circuit.run('GetClientDetails', up)
    await failTimes(circuit, 2)
    expect(circuit.state()).toBe('closed')
  })

  it('an answer from VETtrak that is not trouble (no records, wrong password) counts as well', async () => {
    const { circuit } = breaker()
    await failTimes(circuit, 2)
    const refusal = new VettrakUnavailableError('fault', {
      operation: 'GetClientDetails',
      reason: 'soap-fault',
    })
    await expect(circuit.run('GetClientDetails', () => Promise.reject(refusal))).rejects.toBe(
      refusal,
    )
    await failTimes(circuit, 2)
    expect(circuit.state()).toBe('closed')
  })

  it('half-opens after the cool-down; calls that arrive during the probe wait and then run', async () => {
    const { circuit, advance } = breaker()
    await failTimes(circuit, 3)
    advance(9_999)
    expect(circuit.state()).toBe('open')
    advance(1)
    expect(circuit.state()).toBe('half-open')
    let release: (value: string) => void = () => {}
    let calls = 0
    const probe = circuit.run('GetClientDetails', () => new Promise<string>((r) => (release = r)))
    const waiting = Array.from({ length: 4 }, () =>
      circuit.run('GetClientDetails', () => {
        calls++
        return up()
      }),
    )
    await Promise.resolve()
    expect(calls).toBe(0)
    release('ok')
    await expect(probe).resolves.toBe('ok')
    await expect(Promise.all(waiting)).resolves.toEqual(['ok', 'ok', 'ok', 'ok'])
    expect(calls).toBe(4)
    expect(circuit.state()).toBe('closed')
    expect(circuit.retryAfterSeconds()).toBe(0)
  })

  it('calls that waited for a probe that failed are refused without calling VETtrak', async () => {
    const { circuit, advance } = breaker()
    await failTimes(circuit, 3)
    advance(10_000)
    let fail: (error: unknown) => void = () => {}
    let calls = 0
    const probe = circuit.run('GetClientDetails', () => new Promise<string>((_, r) => (fail = r)))
    const waiting = Array.from({ length: 3 }, () =>
      circuit.run('GetClientDetails', () => {
        calls++
        return up()
      }),
    )
    fail(new VettrakUnavailableError('down', { operation: 'GetClientDetails', reason: 'network' }))
    await expect(probe).rejects.toBeInstanceOf(VettrakUnavailableError)
    for (const call of waiting) await expect(call).rejects.toBeInstanceOf(CircuitOpenError)
    expect(calls).toBe(0)
    expect(circuit.state()).toBe('open')
  })

  it('a background call never waits for the probe, nor becomes it', async () => {
    const { circuit, advance } = breaker()
    await failTimes(circuit, 3)
    advance(10_000)
    await expect(circuit.run('GetClientDetails', up, { background: true })).rejects.toBeInstanceOf(
      CircuitOpenError,
    )
    expect(circuit.state()).toBe('half-open')
  })

  it('a failed probe opens it again for a whole cool-down', async () => {
    const { circuit, advance, states } = breaker()
    await failTimes(circuit, 3)
    advance(10_000)
    await failTimes(circuit, 1)
    expect(circuit.state()).toBe('open')
    expect(circuit.retryAfterSeconds()).toBe(10)
    advance(10_000)
    await circuit.run('GetClientDetails', up)
    expect(states).toEqual(['open', 'open', 'closed'])
  })
})
