import { describe, expect, it } from 'vitest'
import { FaultPlan } from '../src/faults/fault-plan.ts'
import { FaultSpecError, parseFaultSpec } from '../src/faults/fault-spec.ts'
import { createRandom } from '../src/seed/random.ts'
import { isLoopbackAddress } from '../src/http/loopback.ts'
import { soapVersionOf } from '../src/http/soap-endpoint.ts'
import { createClock } from '../src/rules/clock.ts'
import { parseXsdDateTime } from '../src/rules/local-time.ts'
import { passwordProblems } from '../src/rules/password-policy.ts'
import { TOKEN_ALPHABET, TokenRegistry } from '../src/rules/tokens.ts'
import type { Account } from '../src/data/store.ts'

const account: Account = {
  username: 'a',
  password: 'b',
  clientCode: 'C',
  apiPermitted: false,
  isStaff: false,
}

describe('the control endpoint address check', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('lets %s in', (address) => {
    expect(isLoopbackAddress(address)).toBe(true)
  })
  it.each(['10.0.0.1', '192.168.1.20', '::ffff:10.0.0.1', '2001:db8::1', '128.0.0.1', undefined])(
    'keeps %s out',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false)
    },
  )
})

describe('tokens', () => {
  it('are 20 characters from a class that includes the XML specials', () => {
    for (const special of `&<>'"`) expect(TOKEN_ALPHABET).toContain(special)
    const registry = new TokenRegistry(
      createClock(() => 0),
      3600,
    )
    const token = registry.issue(account)
    expect(token).toMatch(/^[!-?]{20}$/)
  })

  it('expire after the idle period, and each use slides it', () => {
    let now = 0
    const clock = createClock(() => now)
    const registry = new TokenRegistry(clock, 60)
    const token = registry.issue(account)
    now += 59_000
    expect(registry.use(token).kind).toBe('ok')
    clock.advance(59)
    expect(registry.use(token).kind).toBe('ok')
    clock.advance(60)
    expect(registry.use(token).kind).toBe('expired')
    expect(registry.use('other').kind).toBe('unknown')
  })
})

describe('request dates', () => {
  it('keep a zone-less value as RTO local time and drop fractions', () => {
    expect(parseXsdDateTime('2026-03-01T09:30:00.123', 'Australia/Sydney')).toBe(
      '2026-03-01T09:30:00',
    )
    expect(parseXsdDateTime('2026-03-01', 'Australia/Sydney')).toBe('2026-03-01T00:00:00')
  })
  it('convert a zoned value to the RTO zone', () => {
    expect(parseXsdDateTime('2026-03-01T00:00:00Z', 'Australia/Sydney')).toBe('2026-03-01T11:00:00')
    expect(parseXsdDateTime('2026-07-01T10:00:00+10:00', 'Australia/Perth')).toBe(
      '2026-07-01T08:00:00',
    )
  })
  it('reject impossible dates', () => {
    expect(parseXsdDateTime('2026-02-30T00:00:00', 'UTC')).toBeUndefined()
    expect(parseXsdDateTime('yesterday', 'UTC')).toBeUndefined()
  })
})

describe('the password policy', () => {
  const policy = {
    minimumLength: 10,
    requireUpperCase: true,
    requireLowerCase: true,
    requireDigit: true,
    requireSymbol: true,
  }
  it('names every broken rule', () => {
    expect(passwordProblems('abc', policy)).toEqual([
      'Password must be at least 10 characters long.',
      'Password must contain at least one upper-case letter.',
      'Password must contain at least one digit.',
      'Password must contain at least one symbol.',
    ])
  })
  it('accepts a password that meets it', () => {
    expect(passwordProblems('Learner!2026', policy)).toEqual([])
  })
})

describe('fault specs and plans', () => {
  it('refuse unknown kinds, bad rates and unknown operations', () => {
    expect(() =>
      parseFaultSpec({ failures: [{ kind: 'x', rate: 2, operations: ['Nope'] }] }),
    ).toThrow(FaultSpecError)
    expect(() => parseFaultSpec({ latencyMs: -1 })).toThrow(/latencyMs/)
  })
  it('fail the same requests for the same seed', () => {
    const spec = { failures: [{ kind: 'db-error' as const, rate: 0.3 }] }
    const run = () => {
      const plan = new FaultPlan(42, spec)
      return Array.from({ length: 50 }, () => plan.decide('GetEventsForClient').failure ?? '-')
    }
    expect(run()).toEqual(run())
    expect(run()).toContain('db-error')
    expect(run()).toContain('-')
  })
  it('draw numbers in [0, 1)', () => {
    const random = createRandom(1).fork('faults:failure')
    for (let i = 0; i < 1000; i++) {
      const draw = random.next()
      expect(draw).toBeGreaterThanOrEqual(0)
      expect(draw).toBeLessThan(1)
    }
  })
})

describe('content types', () => {
  it('choose the SOAP version and read the SOAP 1.2 action', () => {
    expect(soapVersionOf('text/xml; charset=utf-8')).toEqual({ version: '1.1', action: undefined })
    expect(soapVersionOf('application/soap+xml; charset=utf-8; action="urn:x"')).toEqual({
      version: '1.2',
      action: '"urn:x"',
    })
    expect(soapVersionOf('application/json')).toBeUndefined()
  })
})
