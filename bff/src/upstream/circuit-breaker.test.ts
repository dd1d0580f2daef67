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

  it('half-opens after the cool-down and lets exactly one probe through', async () => {
    const { circuit, advance } = breaker()
    await failTimes(circuit, 3)
    advance(9_999)
    expect(circuit.state()).toBe('open')
    advance(1)
    expect(circuit.state()).toBe('half-open')
    let release: (value: string) => void = () => {}
    const probe = circuit.run('GetClientDetails', () => new Promise<string>((r) => (release = r)))
    await expect(circuit.run('GetClientDetails', up)).rejects.toBeInstanceOf(CircuitOpenError)
    release('ok')
    await expect(probe).resolves.toBe('ok')
    expect(circuit.state()).toBe('closed')
    expect(circuit.retryAfterSeconds()).toBe(0)
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
