import type { Wire } from '@vettrak-portal/vettrak-api'
import { describe, expect, it } from 'vitest'
import { serialiseResponse } from '../src/soap/serialise.ts'
import { enrolment } from './helpers/small-store.ts'

const auth = { ID: 7, Token: `a&b<c>"d'`, Status: 1, Identifier: '0000000007', TokenType: '02' }

describe('the serialiser', () => {
  it('writes the response element with the VT namespace, elements in table order, and escapes the token', () => {
    const xml = serialiseResponse('ValidateClient', auth)
    expect(xml).toBe(
      '<ValidateClientResponse xmlns="http://www.ozsoft.com.au/VETtrak/api/complete"><ValidateClientResult>' +
        `<ID>7</ID><Token>a&amp;b&lt;c&gt;"d'</Token><Status>1</Status><Identifier>0000000007</Identifier><TokenType>02</TokenType>` +
        '</ValidateClientResult></ValidateClientResponse>',
    )
  })

  it('omits null strings, writes empty strings as empty elements, and decimals with two places', () => {
    const record = enrolment(1, 'C1', { Code: undefined, Description: '', Amount: 12, GST: 1.5 })
    const xml = serialiseResponse('GetEnrolmentsForClient', { Auth: auth, ClieEnroList: [record] })
    expect(xml).not.toContain('<Code>')
    expect(xml).toContain('<Description />')
    expect(xml).toContain('<Amount>12.00</Amount><GST>1.50</GST>')
    expect(xml).toContain('<ClieEnroList><TClieEnro><ID>1</ID>')
    expect(xml).toContain('<DeliveryModes><string>Internal delivery</string></DeliveryModes>')
  })

  it('writes an empty list as an empty wrapper and a missing object not at all', () => {
    expect(serialiseResponse('GetEnrolmentsForClient', { Auth: auth, ClieEnroList: [] })).toContain(
      '<ClieEnroList />',
    )
    expect(serialiseResponse('GetClientDetails', { Auth: auth })).not.toContain('ClieDetail')
  })

  it('writes a null nullable value as xsi:nil and zone-less dates', () => {
    const event: Wire<'TEven'> = {
      EventID: 1,
      EventType: 0,
      EventStart: '2026-03-01',
      EventFinish: null,
      Complete: 0,
      EnrolmentId: 5,
      ContractId: null,
    }
    const xml = serialiseResponse('GetEventsForClient', { Auth: auth, EvenList: [event] })
    expect(xml).toContain(
      '<EventStart>2026-03-01T00:00:00</EventStart><EventFinish xsi:nil="true" />',
    )
    expect(xml).toContain('<EnrolmentId>5</EnrolmentId><ContractId xsi:nil="true" />')
  })

  it('refuses a record that lacks a value-type element', () => {
    const broken = { ...enrolment(1, 'C1'), Amount: undefined }
    expect(() =>
      serialiseResponse('GetEnrolmentsForClient', { Auth: auth, ClieEnroList: [broken] }),
    ).toThrow(/Amount/)
  })

  it('writes 5,000 items as well-formed repeated elements', () => {
    const list = Array.from({ length: 5000 }, (_, i) => enrolment(i, `C${i}`))
    const xml = serialiseResponse('GetEnrolmentsForClient', { Auth: auth, ClieEnroList: list })
    expect(xml.match(/<TClieEnro>/g)).toHaveLength(5000)
  })
})
