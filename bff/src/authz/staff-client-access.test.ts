import { describe, expect, it } from 'vitest'
import { accessKey, accessibleClient } from './staff-client-access.ts'

const accessible = new Map(
  [{ clientCode: 'VT00000001' }, { clientCode: 'Ab12' }].map((c) => [accessKey(c.clientCode), c]),
)

describe('accessibleClient', () => {
  it('a staff member may open a client VETtrak lists for them, whatever the case typed', () => {
    expect(accessibleClient(accessible, 'vt00000001')).toEqual({ clientCode: 'VT00000001' })
    expect(accessibleClient(accessible, ' AB12 ')).toEqual({ clientCode: 'Ab12' })
  })

  it('a staff member may not open a client VETtrak does not list for them', () => {
    expect(accessibleClient(accessible, 'VT00000999')).toBeUndefined()
    expect(accessibleClient(new Map(), 'VT00000001')).toBeUndefined()
  })
})
