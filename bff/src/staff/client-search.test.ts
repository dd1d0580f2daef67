import { describe, expect, it } from 'vitest'
import { looksLikeEmail, searchClients, toSearchEntry } from './client-search.ts'

const clients = [
  { clientCode: 'VT00000001', givenName: 'Charlotte', surname: 'Nguyen' },
  { clientCode: 'VT00000002', givenName: 'Daniel', surname: 'Okafor' },
  { clientCode: 'VT00000010', givenName: 'Charles', surname: 'Nguyen' },
  { clientCode: 'VT00000100', givenName: 'Anna', surname: 'Smith-Jones' },
  { clientCode: 'AB00000001', givenName: 'Vtor', surname: 'Adams' },
  { clientCode: 'CD00000001' },
].map(toSearchEntry)

const codes = (q: string, limit?: number) =>
  searchClients(clients, q, limit).items.map((c) => c.clientCode)

describe('searchClients', () => {
  it('a staff member finds a client by the start of the code, any case', () => {
    expect(codes('vt0000000')).toEqual(['VT00000001', 'VT00000002'])
  })

  it('an exact code comes first, before clients whose names merely start the same', () => {
    expect(codes('vt00000001')[0]).toBe('VT00000001')
  })

  it('clients whose code starts with the text come before those whose name does', () => {
    expect(codes('vt').at(-1)).toBe('AB00000001')
  })

  it('a staff member finds clients by surname, sorted by name', () => {
    expect(codes('nguyen')).toEqual(['VT00000010', 'VT00000001'])
  })

  it('a staff member finds a client by given name, by "given surname" and by "surname, given"', () => {
    expect(codes('charlotte')).toEqual(['VT00000001'])
    expect(codes('Charlotte Nguyen')).toEqual(['VT00000001'])
    expect(codes('nguyen, charlotte')).toEqual(['VT00000001'])
    expect(codes('  NGUYEN   Charlotte ')).toEqual(['VT00000001'])
  })

  it('the starts of words typed in any order find a client', () => {
    expect(codes('ngu char')).toEqual(['VT00000010', 'VT00000001'])
    expect(codes('charlo ng')).toEqual(['VT00000001'])
  })

  it('each part of a hyphenated surname finds the client', () => {
    expect(codes('jones')).toEqual(['VT00000100'])
    expect(codes('smith-jones')).toEqual(['VT00000100'])
  })

  it('the middle of a word finds nobody', () => {
    expect(codes('guyen')).toEqual([])
  })

  it('a client without names is found by code only', () => {
    expect(codes('cd0')).toEqual(['CD00000001'])
  })

  it('more matches than the limit are cut and marked truncated', () => {
    const result = searchClients(clients, 'vt', 2)
    expect(result.items).toHaveLength(2)
    expect(result.truncated).toBe(true)
    expect(searchClients(clients, 'nguyen', 2).truncated).toBe(false)
  })
})

describe('looksLikeEmail', () => {
  it('a search with one @ between two words is an email address, looked up in VETtrak', () => {
    for (const q of ['demo.learner@example.edu.au', ' A.B@c ', "o'neil+x@host"])
      expect(looksLikeEmail(q)).toBe(true)
  })

  it('a name, a code, a lone @ or an address with spaces is searched as before', () => {
    for (const q of ['Nguyen', 'VT00000001', '@', 'demo@', '@example.edu.au', 'a b@c', 'a@b@c'])
      expect(looksLikeEmail(q)).toBe(false)
  })
})
