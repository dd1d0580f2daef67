/**
 * @module
 * Writes the WSDL of the operations in `operations.ts` in the form ASP.NET ASMX services publish:
 * document/literal wrapped, `elementFormDefault="qualified"`, strings `minOccurs="0"`, value types
 * `minOccurs="1"`, lists as `ArrayOfX` wrappers, and SOAP 1.1 and 1.2 bindings on one port type.
 */
import { VT_NAMESPACE, soapAction } from './constants.ts'
import { operations, type OperationName, type OperationSpec } from './operations.ts'
import {
  servedMembers,
  servedResultMembers,
  type ApiProfile,
  type ServedMember,
} from './profile.ts'
import { complexTypes, type ComplexTypeName, type FieldType, type ScalarType } from './types.ts'

const XSD: Record<string, string> = {
  string: 's:string',
  int: 's:int',
  decimal: 's:decimal',
  dateTime: 's:dateTime',
  boolean: 's:boolean',
}

const isValueType = (t: ScalarType) => t !== 'string'

/** The XSD element declaration of one member, in the form the .NET XmlSerializer writes it. */
function elementXml(name: string, field: FieldType): string {
  if (typeof field === 'string') {
    const nillable = field.endsWith('?')
    const base = XSD[field.replace('?', '')]
    const occurs = isValueType(field) ? 'minOccurs="1"' : 'minOccurs="0"'
    return `<s:element ${occurs} maxOccurs="1" name="${name}"${nillable ? ' nillable="true"' : ''} type="${base}" />`
  }
  if ('type' in field)
    return `<s:element minOccurs="0" maxOccurs="1" name="${name}" type="tns:${field.type}" />`
  const item = 'list' in field ? field.list : field.listOf
  return `<s:element minOccurs="0" maxOccurs="1" name="${name}" type="tns:${arrayTypeName(item)}" />`
}

/** `ArrayOfTClieEnro`, `ArrayOfString`, `ArrayOfInt`: the .NET names of list wrapper types. */
export function arrayTypeName(item: string): string {
  return `ArrayOf${item.charAt(0).toUpperCase()}${item.slice(1)}`
}

function sequence(members: Readonly<Record<string, FieldType>>): string {
  return Object.entries(members)
    .map(([name, field]) => elementXml(name, field))
    .join('')
}

function servedSequence(members: readonly ServedMember[]): string {
  return members.map(({ name, field }) => elementXml(name, field)).join('')
}

function collectArrays(): Set<string> {
  const items = new Set<string>()
  const visit = (field: FieldType) => {
    if (typeof field === 'object' && 'list' in field) items.add(field.list)
    if (typeof field === 'object' && 'listOf' in field) items.add(field.listOf)
  }
  for (const members of Object.values(complexTypes)) Object.values(members).forEach(visit)
  for (const op of Object.values(operations) as OperationSpec[])
    if (op.result.kind === 'wrapped') Object.values(op.result.payload).forEach(visit)
  return items
}

function schemaXml(offered: readonly string[], profile: ApiProfile): string {
  const parts: string[] = []
  const resultTypes = new Map<string, string>()
  for (const [name, op] of Object.entries(operations) as [string, OperationSpec][]) {
    if (!offered.includes(name)) continue
    parts.push(
      `<s:element name="${name}"><s:complexType><s:sequence>${sequence(op.request)}</s:sequence></s:complexType></s:element>`,
    )
    const resultType = op.result.kind === 'bare' ? 'TAuthenticate' : op.result.typeName
    parts.push(
      `<s:element name="${name}Response"><s:complexType><s:sequence>` +
        `<s:element minOccurs="0" maxOccurs="1" name="${name}Result" type="tns:${resultType}" />` +
        `</s:sequence></s:complexType></s:element>`,
    )
    if (op.result.kind === 'wrapped') {
      const body = servedSequence(servedResultMembers(op.result.payload, profile))
      const seen = resultTypes.get(op.result.typeName)
      if (seen !== undefined && seen !== body)
        throw new Error(`result type ${op.result.typeName} is declared with two shapes`)
      resultTypes.set(op.result.typeName, body)
    }
  }
  for (const [name, body] of resultTypes)
    parts.push(`<s:complexType name="${name}"><s:sequence>${body}</s:sequence></s:complexType>`)
  for (const name of Object.keys(complexTypes) as ComplexTypeName[])
    parts.push(
      `<s:complexType name="${name}"><s:sequence>${servedSequence(servedMembers(name, profile))}</s:sequence></s:complexType>`,
    )
  for (const item of collectArrays()) {
    const type = item in complexTypes ? `tns:${item}` : XSD[item]
    const nillable = item in complexTypes || item === 'string' ? ' nillable="true"' : ''
    parts.push(
      `<s:complexType name="${arrayTypeName(item)}"><s:sequence>` +
        `<s:element minOccurs="0" maxOccurs="unbounded" name="${item}"${nillable} type="${type}" />` +
        `</s:sequence></s:complexType>`,
    )
  }
  return `<s:schema elementFormDefault="qualified" targetNamespace="${VT_NAMESPACE}">${parts.join('\n')}</s:schema>`
}

function bindingXml(name: string, prefix: 'soap' | 'soap12', offered: readonly string[]): string {
  const ops = offered
    .map(
      (op) =>
        `<wsdl:operation name="${op}"><${prefix}:operation soapAction="${soapAction(op)}" style="document" />` +
        `<wsdl:input><${prefix}:body use="literal" /></wsdl:input>` +
        `<wsdl:output><${prefix}:body use="literal" /></wsdl:output></wsdl:operation>`,
    )
    .join('\n')
  return (
    `<wsdl:binding name="${name}" type="tns:VT_APISoap">` +
    `<${prefix}:binding transport="http://schemas.xmlsoap.org/soap/http" />\n${ops}</wsdl:binding>`
  )
}

/** Options of `generateWsdl`. */
export interface WsdlOptions {
  /** Operations to leave out, as a server that does not offer them would. */
  without?: readonly OperationName[]
  /**
   * `full` (default) or `published`: under `published` the types declare only what that profile
   * serves (see `profile.ts`).
   */
  profile?: ApiProfile
}

/** The complete WSDL document, with `location` as the service address of both ports. */
export function generateWsdl(location: string, options: WsdlOptions = {}): string {
  const without = new Set<string>(options.without ?? [])
  const profile = options.profile ?? 'full'
  const offered = Object.keys(operations).filter((op) => !without.has(op))
  const messages = offered
    .map(
      (op) =>
        `<wsdl:message name="${op}SoapIn"><wsdl:part name="parameters" element="tns:${op}" /></wsdl:message>` +
        `<wsdl:message name="${op}SoapOut"><wsdl:part name="parameters" element="tns:${op}Response" /></wsdl:message>`,
    )
    .join('\n')
  const portOps = offered
    .map(
      (op) =>
        `<wsdl:operation name="${op}"><wsdl:input message="tns:${op}SoapIn" /><wsdl:output message="tns:${op}SoapOut" /></wsdl:operation>`,
    )
    .join('\n')
  const address = escapeAttr(location)
  return `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:tm="http://microsoft.com/wsdl/mime/textMatching/" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:mime="http://schemas.xmlsoap.org/wsdl/mime/" xmlns:tns="${VT_NAMESPACE}" xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" xmlns:http="http://schemas.xmlsoap.org/wsdl/http/" targetNamespace="${VT_NAMESPACE}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">
<wsdl:types>
${schemaXml(offered, profile)}
</wsdl:types>
${messages}
<wsdl:portType name="VT_APISoap">
${portOps}
</wsdl:portType>
${bindingXml('VT_APISoap', 'soap', offered)}
${bindingXml('VT_APISoap12', 'soap12', offered)}
<wsdl:service name="VT_API">
<wsdl:port name="VT_APISoap" binding="tns:VT_APISoap"><soap:address location="${address}" /></wsdl:port>
<wsdl:port name="VT_APISoap12" binding="tns:VT_APISoap12"><soap12:address location="${address}" /></wsdl:port>
</wsdl:service>
</wsdl:definitions>
`
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
