import type { ClientSummary } from '@vettrak-portal/contracts'
import type { ClientDetails } from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import { SAME_NAME_LIMIT, distinctions, sameNamed, tellApart } from './same-name.ts'

const charlotte = (clientCode: string): ClientSummary => ({
  clientCode,
  givenName: 'Charlotte',
  surname: 'Nguyen',
})
const details = (clientCode: string, more: Partial<ClientDetails> = {}): ClientDetails => ({
  clientCode,
  isStaff: false,
  ...more,
})

describe('sameNamed', () => {
  it('picks the results whose name another result has, whatever the case', () => {
    const items = [
      charlotte('A'),
      { clientCode: 'B', givenName: 'Amelia', surname: 'Nguyen' },
      { clientCode: 'C', givenName: 'CHARLOTTE', surname: 'nguyen' },
    ]
    expect(sameNamed(items)).toEqual(['A', 'C'])
  })

  it('reads at most the limit', () => {
    const many = Array.from({ length: SAME_NAME_LIMIT + 5 }, (_, i) => charlotte(`VT${i}`))
    expect(sameNamed(many)).toHaveLength(SAME_NAME_LIMIT)
  })
})

describe('distinctions', () => {
  it('gives the date of birth (as a date), the email and the suburb', () => {
    expect(
      distinctions(
        details('A', {
          dateOfBirth: '1990-04-12T00:00:00',
          email: ' charlotte@example.com ',
          residentialCity: 'Parramatta',
        }),
      ),
    ).toEqual({ dateOfBirth: '1990-04-12', email: 'charlotte@example.com', suburb: 'Parramatta' })
  })

  it('takes the suburb from the usual address, and leaves out what VETtrak did not say', () => {
    expect(distinctions(details('A', { usualAddress: { city: 'Penrith' } }))).toEqual({
      suburb: 'Penrith',
    })
    expect(distinctions(details('A', { email: '  ' }))).toEqual({})
  })
})

describe('tellApart', () => {
  it('reads the details of same-named results only, and keeps a row whose read fails', async () => {
    const read: string[] = []
    const items = [
      charlotte('A'),
      charlotte('B'),
      charlotte('C'),
      { clientCode: 'D', givenName: 'Amelia', surname: 'Nguyen' },
    ]
    const told = await tellApart(items, (code) => {
      read.push(code)
      if (code === 'C') return Promise.reject(new Error('refused'))
      return Promise.resolve(details(code, { email: `${code.toLowerCase()}@example.com` }))
    })
    expect(read.sort()).toEqual(['A', 'B', 'C'])
    expect(told).toEqual([
      { ...charlotte('A'), email: 'a@example.com' },
      { ...charlotte('B'), email: 'b@example.com' },
      charlotte('C'),
      items[3],
    ])
  })

  it('reads nothing when every name is different', async () => {
    const told = await tellApart([charlotte('A')], () => Promise.reject(new Error('no read')))
    expect(told).toEqual([charlotte('A')])
  })
})
