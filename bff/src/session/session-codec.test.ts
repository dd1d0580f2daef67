import { describe, expect, it } from 'vitest'
import { createRevocationList } from './revocation-list.ts'
import { createSessionCodec } from './session-codec.ts'
import type { SessionData } from './session-data.ts'

const SECRET = 'a-codec-test-secret-that-is-long-enough-0123'
const T0 = 1_800_000_000

const session = (overrides: Partial<SessionData> = {}): SessionData => ({
  sid: 'sid-1',
  token: 'token-1',
  user: { clientCode: 'C1', givenName: 'Jo', surname: 'Citizen', isStaff: false },
  employers: [],
  activeEmployerId: null,
  issuedAt: T0,
  lastSeenAt: T0,
  ...overrides,
})

function codec() {
  let now = T0
  const revocations = createRevocationList(() => now)
  const c = createSessionCodec({
    secret: SECRET,
    idleTimeoutSeconds: 1800,
    absoluteTimeoutSeconds: 12 * 3600,
    revocations,
  })
  return { codec: c, revocations, setNow: (value: number) => (now = value) }
}

describe('opening a cookie that opened before (kept, not unsealed again)', () => {
  it('gives the same session, frozen so no request can change it for another', async () => {
    const { codec: c } = codec()
    const cookie = await c.seal(session())
    const first = await c.open(cookie, T0 + 1)
    const second = await c.open(cookie, T0 + 2)
    expect(first).toEqual({ ok: true, session: session() })
    expect(second.ok && first.ok && second.session === first.session).toBe(true)
    expect(second.ok && Object.isFrozen(second.session.user)).toBe(true)
  })

  it('still refuses it once revoked, idle or past the absolute timeout', async () => {
    const { codec: c, revocations } = codec()
    const cookie = await c.seal(session())
    expect((await c.open(cookie, T0 + 1)).ok).toBe(true)
    expect(await c.open(cookie, T0 + 1800)).toEqual({ ok: false, problem: 'idle' })
    const busy = await c.seal(session({ sid: 'sid-2', lastSeenAt: T0 + 12 * 3600 - 10 }))
    expect((await c.open(busy, T0 + 12 * 3600 - 5)).ok).toBe(true)
    expect(await c.open(busy, T0 + 12 * 3600)).toEqual({ ok: false, problem: 'expired' })
    await revocations.revoke('sid-1', T0 + 12 * 3600)
    expect(await c.open(cookie, T0 + 2)).toEqual({ ok: false, problem: 'revoked' })
  })

  it('keeps nothing for a tampered cookie or another secret', async () => {
    const { codec: c } = codec()
    const cookie = await c.seal(session())
    const tampered = cookie.slice(0, -2) + (cookie.endsWith('A') ? 'BB' : 'AA')
    expect(await c.open(tampered, T0 + 1)).toEqual({ ok: false, problem: 'invalid' })
    const other = createSessionCodec({
      secret: `${SECRET}-other`,
      idleTimeoutSeconds: 1800,
      absoluteTimeoutSeconds: 12 * 3600,
      revocations: createRevocationList(() => T0),
    })
    expect((await c.open(cookie, T0 + 1)).ok).toBe(true)
    expect(await other.open(cookie, T0 + 1)).toEqual({ ok: false, problem: 'invalid' })
  })
})
