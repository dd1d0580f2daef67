/**
 * @module
 * Reads a SOAP request: validates the XML, resolves namespaces, and finds the operation (the Body's
 * first element) and its child elements as raw text. Anything malformed becomes a {@link SoapFault}.
 */
import {
  SOAP11_ENVELOPE_NS,
  SOAP12_ENVELOPE_NS,
  VT_NAMESPACE,
  operations,
  type OperationName,
} from '@vettrak-portal/vettrak-api'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { SoapVersion } from './envelope.ts'
import { SoapFault } from './soap-fault.ts'

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance'

/** One request element: its decoded text, and whether it was sent as `xsi:nil="true"`. */
export interface RawElement {
  text: string
  nil: boolean
}

export interface ParsedRequest {
  operation: OperationName
  elements: Map<string, RawElement>
}

type Attributes = Record<string, string>
/** fast-xml-parser's `preserveOrder` node: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
})

const UNREADABLE = 'Server was unable to read request.'

interface Element {
  local: string
  ns: string | undefined
  children: XmlNode[]
  attributes: Attributes
  scope: Map<string, string>
}

function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text') return key
  return undefined
}

function toElement(node: XmlNode, parentScope: Map<string, string>): Element | undefined {
  const tag = tagOf(node)
  if (tag === undefined) return undefined
  const attributes = (node[':@'] ?? {}) as Attributes
  let scope = parentScope
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope)
      scope.set(name === 'xmlns' ? '' : name.slice(6), value)
    }
  }
  const colon = tag.indexOf(':')
  const prefix = colon < 0 ? '' : tag.slice(0, colon)
  const ns = scope.get(prefix)
  if (prefix !== '' && ns === undefined)
    throw new SoapFault('Client', `${UNREADABLE} ---> The prefix '${prefix}' is not declared.`)
  return {
    local: colon < 0 ? tag : tag.slice(colon + 1),
    ns: ns === '' ? undefined : ns,
    children: node[tag] as XmlNode[],
    attributes,
    scope,
  }
}

function childElements(parent: Element): Element[] {
  const result: Element[] = []
  for (const child of parent.children) {
    const element = toElement(child, parent.scope)
    if (element !== undefined) result.push(element)
  }
  return result
}

function textOf(element: Element): string {
  let text = ''
  for (const child of element.children) {
    if (tagOf(child) !== undefined)
      throw new SoapFault(
        'Client',
        `${UNREADABLE} ---> Element '${element.local}' must hold text, not child elements.`,
      )
    const value = child['#text']
    if (typeof value === 'string') text += value
  }
  return text
}

function isNil(element: Element): boolean {
  for (const [name, value] of Object.entries(element.attributes)) {
    const colon = name.indexOf(':')
    if (colon < 0 || name.slice(colon + 1) !== 'nil') continue
    if (element.scope.get(name.slice(0, colon)) === XSI_NS) return value === 'true' || value === '1'
  }
  return false
}

const ENVELOPE_NS: Record<SoapVersion, string> = {
  '1.1': SOAP11_ENVELOPE_NS,
  '1.2': SOAP12_ENVELOPE_NS,
}

const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff)

/** The index and code of the first character outside XML 1.0, raw or as a reference (`&#x1;`). */
function firstForbiddenCharacter(xml: string): { index: number; code: number } | undefined {
  let index = 0
  for (const character of xml) {
    const code = character.codePointAt(0) ?? 0
    if (!isXmlChar(code)) return { index, code }
    index += character.length
  }
  for (const match of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const reference = match[1] ?? ''
    const hex = reference.startsWith('x')
    const code = Number.parseInt(hex ? reference.slice(1) : reference, hex ? 16 : 10)
    if (!isXmlChar(code)) return { index: match.index, code }
  }
  return undefined
}

/** Faults like .NET's XmlReader on a character XML 1.0 does not allow, written or referenced. */
function refuseForbiddenCharacters(xml: string) {
  const found = firstForbiddenCharacter(xml)
  if (found === undefined) return
  const before = xml.slice(0, found.index)
  const line = before.split('\n').length
  const position = found.index - before.lastIndexOf('\n')
  const hex = found.code.toString(16).toUpperCase().padStart(2, '0')
  throw new SoapFault(
    'Client',
    `${UNREADABLE} ---> There is an error in XML document (${line}, ${position}). ---> A character of hexadecimal value 0x${hex} is an invalid character. Line ${line}, position ${position}.`,
  )
}

function parseDocument(xml: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(xml))
    throw new SoapFault('Client', `${UNREADABLE} ---> DTD is prohibited in this XML document.`)
  refuseForbiddenCharacters(xml)
  const valid = XMLValidator.validate(xml)
  if (valid !== true)
    throw new SoapFault(
      'Client',
      `${UNREADABLE} ---> There is an error in XML document (${valid.err.line}, ${valid.err.col}). ---> ${valid.err.msg}`,
    )
  return parser.parse(xml) as XmlNode[]
}

function findEnvelope(nodes: XmlNode[], version: SoapVersion): Element {
  const root = nodes
    .map((node) => toElement(node, new Map()))
    .find((element) => element !== undefined)
  if (root === undefined) throw new SoapFault('Client', `${UNREADABLE} ---> The document is empty.`)
  const otherVersion: SoapVersion = version === '1.1' ? '1.2' : '1.1'
  if (root.local === 'Envelope' && root.ns === ENVELOPE_NS[otherVersion])
    throw new SoapFault(
      'VersionMismatch',
      `Possible SOAP version mismatch: Envelope namespace ${root.ns} was unexpected. Expecting ${ENVELOPE_NS[version]}.`,
    )
  if (root.local !== 'Envelope' || root.ns !== ENVELOPE_NS[version])
    throw new SoapFault(
      'Client',
      `${UNREADABLE} ---> The root element must be a SOAP ${version} Envelope (${ENVELOPE_NS[version]}).`,
    )
  return root
}

/** Parses a request envelope of the given SOAP version into its operation and raw elements. */
export function parseRequest(xml: string, version: SoapVersion): ParsedRequest {
  const envelopeElement = findEnvelope(parseDocument(xml), version)
  const envelopeNs = ENVELOPE_NS[version]
  const body = childElements(envelopeElement).find(
    (element) => element.local === 'Body' && element.ns === envelopeNs,
  )
  if (body === undefined)
    throw new SoapFault('Client', `${UNREADABLE} ---> The envelope has no Body.`)
  const operationElement = childElements(body)[0]
  if (operationElement === undefined)
    throw new SoapFault('Client', `${UNREADABLE} ---> The Body holds no operation element.`)
  const name = operationElement.local
  if (!Object.hasOwn(operations, name))
    throw new SoapFault('Client', `Server did not recognize the operation '${name}'.`)
  if (operationElement.ns !== VT_NAMESPACE)
    throw new SoapFault(
      'Client',
      `${UNREADABLE} ---> <${name} xmlns='${operationElement.ns ?? ''}'> was not expected; the operation element must be in namespace ${VT_NAMESPACE}.`,
    )
  const operation = name as OperationName
  const expected: Readonly<Record<string, unknown>> = operations[operation].request
  const elements = new Map<string, RawElement>()
  for (const child of childElements(operationElement)) {
    if (!Object.hasOwn(expected, child.local))
      throw new SoapFault(
        'Client',
        `${UNREADABLE} ---> Element '${child.local}' is not a parameter of ${operation}.`,
      )
    if (child.ns !== VT_NAMESPACE)
      throw new SoapFault(
        'Client',
        `${UNREADABLE} ---> Element '${child.local}' must be in namespace ${VT_NAMESPACE}.`,
      )
    if (elements.has(child.local))
      throw new SoapFault('Client', `${UNREADABLE} ---> Element '${child.local}' appears twice.`)
    elements.set(child.local, { text: textOf(child), nil: isNil(child) })
  }
  return { operation, elements }
}
