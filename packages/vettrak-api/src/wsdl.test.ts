import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { VT_NAMESPACE, operationNames, soapAction } from './index.ts'
import { generateWsdl } from './wsdl.ts'

const wsdl = generateWsdl('http://127.0.0.1:8081/VT_API.asmx')
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(wsdl) as {
  'wsdl:definitions': Record<string, unknown>
}

describe('the generated WSDL', () => {
  it('is well-formed XML in the VETtrak namespace', () => {
    expect(XMLValidator.validate(wsdl)).toBe(true)
    expect(parsed['wsdl:definitions'].targetNamespace).toBe(VT_NAMESPACE)
  })

  it('offers every operation the portal calls, on a SOAP 1.1 and a SOAP 1.2 binding', () => {
    for (const op of operationNames) {
      expect(wsdl).toContain(`<s:element name="${op}">`)
      expect(wsdl).toContain(`<s:element name="${op}Response">`)
      expect(wsdl.split(`soapAction="${soapAction(op)}"`)).toHaveLength(3)
    }
  })

  it('declares strings optional and value types required, as .NET does', () => {
    expect(wsdl).toContain(
      '<s:element minOccurs="0" maxOccurs="1" name="sClie_Code" type="s:string" />',
    )
    expect(wsdl).toContain(
      '<s:element minOccurs="1" maxOccurs="1" name="enrolmentId" type="s:int" />',
    )
    expect(wsdl).toContain(
      '<s:element minOccurs="1" maxOccurs="1" name="sinceDate" nillable="true" type="s:dateTime" />',
    )
  })

  it('wraps lists in ArrayOf types whose items are named after their type', () => {
    expect(wsdl).toContain(
      '<s:complexType name="ArrayOfTClieEnro"><s:sequence><s:element minOccurs="0" maxOccurs="unbounded" name="TClieEnro" nillable="true" type="tns:TClieEnro" /></s:sequence></s:complexType>',
    )
    expect(wsdl).toContain('name="DeliveryModes" type="tns:ArrayOfString"')
  })

  it('declares each shared result type once', () => {
    expect(wsdl.match(/<s:complexType name="TAuthEnunList">/g)).toHaveLength(1)
    // GetClientByCode and GetClientByEmail both answer a TAuthClie.
    expect(wsdl.match(/<s:complexType name="TAuthClie">/g)).toHaveLength(1)
  })

  it('asks GetClientByEmail for the token and the email address, as the documented signature does', () => {
    expect(wsdl).toContain(
      '<s:element name="GetClientByEmail"><s:complexType><s:sequence><s:element minOccurs="0" maxOccurs="1" name="token" type="s:string" /><s:element minOccurs="0" maxOccurs="1" name="emailAddress" type="s:string" /></s:sequence></s:complexType></s:element>',
    )
    expect(wsdl).toContain(
      '<s:element minOccurs="0" maxOccurs="1" name="GetClientByEmailResult" type="tns:TAuthClie" />',
    )
  })

  it('under the published profile declares only published members and identities, first and last an unknown one', () => {
    const sparse = generateWsdl('http://127.0.0.1:8081/VT_API.asmx', { profile: 'published' })
    expect(XMLValidator.validate(sparse)).toBe(true)
    const typeOf = (name: string) =>
      sparse.match(new RegExp(`<s:complexType name="${name}">.*?</s:complexType>`))?.[0] ?? ''
    // TEnun: only its ID is published; IsContact is defined here; the tree's Employer is an identity.
    expect(typeOf('TEnun')).toBe(
      '<s:complexType name="TEnun"><s:sequence>' +
        '<s:element minOccurs="0" maxOccurs="1" name="Unlisted_Lead" type="s:string" />' +
        '<s:element minOccurs="1" maxOccurs="1" name="ID" type="s:int" />' +
        '<s:element minOccurs="1" maxOccurs="1" name="Unlisted_Trail" type="s:int" />' +
        '</s:sequence></s:complexType>',
    )
    expect(typeOf('TClientEmployer')).not.toContain('IsContact')
    expect(typeOf('TEmployerTree')).toContain('name="Employer"')
    expect(typeOf('TEmployerTree')).not.toContain('ChildEmployers')
    // Dates a real server may leave empty are DateTime? there.
    expect(typeOf('TClieEnro')).toContain('name="StartDate" nillable="true" type="s:dateTime" />')
    expect(typeOf('TAuthClieEnroList')).toMatch(
      /^.*?name="Unlisted_Lead".*name="Auth".*name="Unlisted_Trail".*$/,
    )
    // The requests are the same under both profiles.
    expect(sparse).toContain(
      '<s:element minOccurs="1" maxOccurs="1" name="sinceDate" nillable="true" type="s:dateTime" />',
    )
    expect(wsdl).not.toContain('Unlisted_')
  })

  it('escapes the service address', () => {
    expect(generateWsdl('http://h/VT_API.asmx?a=1&b="2"')).toContain(
      'location="http://h/VT_API.asmx?a=1&amp;b=&quot;2&quot;"',
    )
  })
})
