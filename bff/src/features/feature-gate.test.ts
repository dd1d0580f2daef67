import { portalFeatures, type WsdlModel } from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import { createFeatureGate } from './feature-gate.ts'

/** A WSDL model offering every operation of `portalFeatures` but `without`, on SOAP 1.1. */
const model = ({ without = [] }: { without?: string[] } = {}): WsdlModel => ({
  targetNamespace: '',
  elements: new Map(),
  complexTypes: new Map(),
  operations: new Map(
    Object.values(portalFeatures)
      .flat()
      .filter((operation) => !without.includes(operation))
      .map((operation) => [operation, { soap11Action: operation }]),
  ),
})

function gateOver(answers: (() => ReturnType<typeof model>)[]) {
  let at = 0
  let reads = 0
  const gate = createFeatureGate({
    readModel: () => {
      const next = answers[Math.min(reads, answers.length - 1)]
      reads += 1
      try {
        return Promise.resolve(next ? next() : model())
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
    },
    now: () => at,
    refreshMs: 300_000,
    retryMs: 30_000,
  })
  return { gate, advance: (ms: number) => (at += ms), reads: () => reads }
}

const unreadable = () => {
  throw new Error('could not fetch the WSDL (ECONNREFUSED)')
}

describe('the feature gate', () => {
  it('keeps every feature on, and says so, while the WSDL cannot be read', async () => {
    const { gate } = gateOver([unreadable])
    const state = await gate.refresh()
    expect(state.source).toBe('unverified')
    expect(state.error).toContain('ECONNREFUSED')
    expect(Object.values(state.features).every(Boolean)).toBe(true)
    expect(gate.requiredOff()).toEqual([])
  })

  it('turns off what the WSDL lacks, and keeps that answer when a later read fails', async () => {
    const { gate, advance } = gateOver([
      () => model({ without: ['GetEventsForClient'] }),
      unreadable,
    ])
    await gate.refresh()
    expect(gate.isOn('events')).toBe(false)
    expect(gate.isOn('enrolments')).toBe(true)
    advance(300_000)
    const state = await gate.refreshIfDue()
    expect(state).toMatchObject({ source: 'wsdl', missing: { events: ['GetEventsForClient'] } })
    expect(state.error).toContain('ECONNREFUSED')
    expect(gate.isOn('events')).toBe(false)
  })

  it('reads again only when the answer is old, or sooner after a failed read', async () => {
    const { gate, advance, reads } = gateOver([unreadable, () => model(), () => model()])
    await gate.refreshIfDue()
    expect(reads()).toBe(1)
    advance(29_999)
    await gate.refreshIfDue()
    expect(reads()).toBe(1)
    advance(1)
    expect((await gate.refreshIfDue()).source).toBe('wsdl')
    expect(reads()).toBe(2)
    advance(299_999)
    await gate.refreshIfDue()
    expect(reads()).toBe(2)
    advance(1)
    await gate.refreshIfDue()
    expect(reads()).toBe(3)
  })

  it('reports sign-in as required and off when ValidateClient is not offered', async () => {
    const { gate } = gateOver([() => model({ without: ['ValidateClient'] })])
    await gate.refresh()
    expect(gate.requiredOff()).toEqual(['signIn'])
    expect(gate.isOn('passwordChange')).toBe(false)
  })
})
