import type { EmployerTree } from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import {
  activeTreeOf,
  checkActiveEmployer,
  decideEmployerScope,
  type EmployerSession,
  type ScopeDecision,
} from './employer-scope.ts'

const site = (id: string, ...children: EmployerTree[]): EmployerTree => ({
  employer: { identifier: id },
  children,
})

// Acme (1001) with Parramatta (1002) and Newcastle (1003), which has Maitland (1004).
// Harbour (1010) is another employer the same person is a contact for.
const acmeTree = site('1001', site('1002'), site('1003', site('1004')))
const acme = activeTreeOf(acmeTree, ['1001', '1010'])
const contactOf = [{ id: '1001' }, { id: '1010' }]
const acmeActive: EmployerSession = { contactOf, activeEmployerId: '1001' }
const newcastleActive: EmployerSession = {
  contactOf: [{ id: '1003' }],
  activeEmployerId: '1003',
}
const newcastle = activeTreeOf(site('1003', site('1004')), ['1003'])

const allowed = (employerId: string): ScopeDecision => ({ allowed: true, employerId })
const refused = (reason: string) => ({ allowed: false, reason })

describe('the employer scope rule', () => {
  it.each([
    ['nothing', undefined, allowed('1001')],
    ['the active employer itself', '1001', allowed('1001')],
    ['a child site', '1002', allowed('1002')],
    ['another child site', '1003', allowed('1003')],
    ['a grandchild site', '1004', allowed('1004')],
    ['another employer they are a contact of but have not chosen', '1010', refused('outside-tree')],
    ['an unrelated employer', '2000', refused('outside-tree')],
    ['an employer that does not exist', '9999999999', refused('outside-tree')],
    ['an id with letters', '1001a', refused('malformed-id')],
    ['an empty id', '', refused('malformed-id')],
    ['an id with spaces', ' 1001', refused('malformed-id')],
    ['an id that is too long', '10010000000', refused('malformed-id')],
    ['a negative id', '-1001', refused('malformed-id')],
  ])('a contact of Acme who asks for %s gets %o', (_, requested, expected) => {
    expect(decideEmployerScope(acmeActive, acme, requested)).toEqual(expected)
  })

  it.each([
    ['their own site', undefined, allowed('1003')],
    ['a site under theirs', '1004', allowed('1004')],
    ['the parent company', '1001', refused('outside-tree')],
    ['a sibling site', '1002', refused('outside-tree')],
  ])('a contact of the Newcastle site only who asks for %s gets %o', (_, requested, expected) => {
    expect(decideEmployerScope(newcastleActive, newcastle, requested)).toEqual(expected)
  })

  it('a contact who has not chosen an employer is refused whatever they ask for', () => {
    const session = { contactOf, activeEmployerId: null }
    for (const requested of [undefined, '1001', '1002'])
      expect(decideEmployerScope(session, acme, requested)).toEqual(refused('no-active-employer'))
  })

  it('a user whose active employer is not one they are a contact for is refused', () => {
    const forged = { contactOf: [{ id: '1010' }], activeEmployerId: '1001' }
    expect(decideEmployerScope(forged, acme, undefined)).toEqual(refused('not-a-contact'))
    expect(decideEmployerScope(forged, acme, '1002')).toEqual(refused('not-a-contact'))
    const nobody = { contactOf: [], activeEmployerId: '1001' }
    expect(decideEmployerScope(nobody, acme, undefined)).toEqual(refused('not-a-contact'))
  })

  it('a contact the RTO has removed since they signed in is refused once the tree is read again', () => {
    const removed = activeTreeOf(acmeTree, ['1010'])
    expect(removed.rootContactConfirmed).toBe(false)
    expect(decideEmployerScope(acmeActive, removed, undefined)).toEqual(refused('not-a-contact'))
    expect(decideEmployerScope(acmeActive, removed, '1002')).toEqual(refused('not-a-contact'))
  })

  it('a tree of some other employer does not widen what the active employer allows', () => {
    const harbourActive = { contactOf, activeEmployerId: '1010' }
    expect(decideEmployerScope(harbourActive, acme, undefined)).toEqual(refused('outside-tree'))
    expect(decideEmployerScope(harbourActive, acme, '1002')).toEqual(refused('outside-tree'))
  })
})

describe('checking the active employer before anything is read', () => {
  it.each([
    [{ contactOf, activeEmployerId: '1001' }, allowed('1001')],
    [{ contactOf, activeEmployerId: '1010' }, allowed('1010')],
    [{ contactOf, activeEmployerId: null }, refused('no-active-employer')],
    [{ contactOf: [], activeEmployerId: null }, refused('no-active-employer')],
    [{ contactOf, activeEmployerId: '2000' }, refused('not-a-contact')],
  ])('a session %o gets %o', (session, expected) => {
    expect(checkActiveEmployer(session)).toEqual(expected)
  })
})

describe('the sites under the active employer', () => {
  it('are the root and every descendant', () => {
    expect(acme.rootId).toBe('1001')
    expect([...acme.allowedIds].sort()).toEqual(['1001', '1002', '1003', '1004'])
  })

  it('leave out nodes without a usable identifier and survive a repeated one', () => {
    const odd = site('1001', site(''), site('1002', site('1001', site('1005'))))
    expect([...activeTreeOf(odd, ['1001']).allowedIds].sort()).toEqual(['1001', '1002'])
  })
})
