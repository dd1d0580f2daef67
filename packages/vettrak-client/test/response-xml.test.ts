import { describe, expect, it } from 'vitest'
import { XmlSyntaxError, parseResponseXml, readOperationResponse } from '../src/response-xml.ts'

const answer = (inner: string) =>
  '<?xml version="1.0" encoding="utf-8"?>' +
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<soap:Body>${inner}</soap:Body></soap:Envelope>`

describe('reading a SOAP answer', () => {
  it('gives children by local name, repeated names as arrays and leaves as text exactly as sent', () => {
    const response = readOperationResponse(
      answer(
        '<GetXResponse xmlns="urn:vt"><GetXResult>\n  <Name>Certificate IV </Name>' +
          '<List><T><ID>1</ID></T><T><ID>2</ID></T></List><One><T><ID>3</ID></T></One>' +
          '<Empty/><Blank>   </Blank></GetXResult></GetXResponse>',
      ),
      'GetX',
    )
    expect(response).toEqual({
      GetXResult: {
        Name: 'Certificate IV ',
        List: { T: [{ ID: '1' }, { ID: '2' }] },
        One: { T: { ID: '3' } },
        Empty: '',
        Blank: '   ',
      },
    })
  })

  it('decodes entities and character references once, and keeps CDATA as it is', () => {
    const document = parseResponseXml(
      '<a><t>&amp;7%+&gt;-"6(+!56$0&gt;345</t><u>&amp;lt;&#65;&#x1F600;&apos;&quot;</u><c><![CDATA[x<&amp;]]></c></a>',
    )
    expect(document).toEqual({ a: { t: '&7%+>-"6(+!56$0>345', u: '&lt;A😀\'"', c: 'x<&amp;' } })
  })

  it('reads xsi:nil as null, whatever the prefix', () => {
    expect(
      parseResponseXml('<a><b xsi:nil="true" /><c i:nil="true"></c><d nil="false">x</d></a>'),
    ).toEqual({ a: { b: null, c: null, d: 'x' } })
  })

  it('skips comments and processing instructions, and allows > in text and attributes', () => {
    expect(
      parseResponseXml('\uFEFF<?xml version="1.0"?><!-- hi --><a x="1>2"><b>3 > 2</b></a>'),
    ).toEqual({
      a: { b: '3 > 2' },
    })
  })

  const malformed = {
    'cut off mid-element': '<a><b>1</b><c><d>x</d>',
    'cut off inside a tag': '<a><b>1</b></a',
    'a mismatched end tag': '<a><b>1</b></x>',
    'a stray ampersand': '<a>fish & chips</a>',
    'an unknown entity': '<a>&nbsp;</a>',
    'a bad character reference': '<a>&#0;</a>',
    'a DTD': '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
    'two roots': '<a/><b/>',
    'text outside the root': '<a/>junk',
    'an unquoted attribute': '<a x=1/>',
    'nothing at all': '   ',
  }
  for (const [what, xml] of Object.entries(malformed))
    it(`refuses ${what}`, () => {
      expect(() => parseResponseXml(xml)).toThrow(XmlSyntaxError)
    })

  it('leaves a fault, an HTML page, another operation or a broken body to soap (undefined)', () => {
    const fault = answer('<soap:Fault><faultcode>soap:Client</faultcode></soap:Fault>')
    expect(readOperationResponse(fault, 'GetX')).toBeUndefined()
    expect(readOperationResponse('<html><body>Maintenance</body></html>', 'GetX')).toBeUndefined()
    expect(readOperationResponse(answer('<GetYResponse/>'), 'GetX')).toBeUndefined()
    const whole = answer('<GetXResponse><GetXResult><A>1</A></GetXResult></GetXResponse>')
    expect(readOperationResponse(whole.slice(0, whole.length / 2), 'GetX')).toBeUndefined()
  })
})
