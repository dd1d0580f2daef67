/**
 * @module
 * Reads a WSDL with fast-xml-parser (not soap, so a broken WSDL gets a plain message) into the
 * little model the doctor compares: operations and their SOAP bindings, top-level elements and
 * complex types, each a sequence of members in document order.
 */
import { XMLParser } from 'fast-xml-parser'

const XSD_NS = 'http://www.w3.org/2001/XMLSchema'
const SOAP11_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/soap/'
const SOAP12_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/soap12/'

/** One `<element>` of a sequence. */
export interface WsdlMember {
  name: string
  /** The local name of its type (`int`, `TClieEnro`, `ArrayOfString`). */
  type: string
  /** The type is an XML Schema built-in (`s:int`), not one of the service's own. */
  builtIn: boolean
  minOccurs: number
  unbounded: boolean
  nillable: boolean
  /** Members of an anonymous inline complex type. */
  inline?: WsdlMember[]
}

/** An operation as the WSDL offers it. */
export interface WsdlOperation {
  inputElement?: string
  outputElement?: string
  soap11Action?: string
  soap12Action?: string
}

/** What the doctor needs of a WSDL. */
export interface WsdlModel {
  targetNamespace: string
  operations: Map<string, WsdlOperation>
  elements: Map<string, WsdlMember>
  complexTypes: Map<string, WsdlMember[]>
  soap11Address?: string
  soap12Address?: string
}

/** The WSDL could not be read as a WSDL. */
export class WsdlParseError extends Error {
  override name = 'WsdlParseError'
}

type Node = Record<string, unknown>

const ARRAY_TAGS = new Set([
  'element',
  'complexType',
  'operation',
  'message',
  'part',
  'port',
  'binding',
  'portType',
  'service',
  'schema',
])

const local = (qname: string) => qname.slice(qname.indexOf(':') + 1)
const prefixOf = (qname: string) => (qname.includes(':') ? qname.slice(0, qname.indexOf(':')) : '')
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The children of `node` with local name `name`, whatever their prefix. */
function children(node: Node | undefined, name: string): Node[] {
  if (!node) return []
  const out: Node[] = []
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@') || local(key) !== name) continue
    for (const item of Array.isArray(value) ? value : [value]) out.push(isNode(item) ? item : {})
  }
  return out
}

const attr = (node: Node, name: string): string | undefined => {
  const value = node[`@${name}`]
  return typeof value === 'string' ? value : undefined
}

/** Parses WSDL text; throws `WsdlParseError` with a readable reason. */
export function parseWsdl(text: string): WsdlModel {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (tagName) => ARRAY_TAGS.has(local(tagName)),
  })
  let document: Node
  try {
    document = parser.parse(text, true) as Node
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new WsdlParseError(`the WSDL is not well-formed XML (${reason})`)
  }
  const definitions = children(document, 'definitions')[0]
  if (!definitions)
    throw new WsdlParseError('the document is not a WSDL 1.1 (no <wsdl:definitions> root)')
  const namespaces = new Map<string, string>()
  for (const [key, value] of Object.entries(definitions))
    if (key.startsWith('@xmlns:') && typeof value === 'string') namespaces.set(key.slice(7), value)

  const model: WsdlModel = {
    targetNamespace: attr(definitions, 'targetNamespace') ?? '',
    operations: new Map(),
    elements: new Map(),
    complexTypes: new Map(),
  }
  const schemas = children(children(definitions, 'types')[0], 'schema')
  if (schemas.length === 0) throw new WsdlParseError('the WSDL has no <types><schema>')
  for (const schema of schemas) {
    const schemaNamespaces = new Map(namespaces)
    for (const [key, value] of Object.entries(schema))
      if (key.startsWith('@xmlns:') && typeof value === 'string')
        schemaNamespaces.set(key.slice(7), value)
    const member = (node: Node) => readMember(node, schemaNamespaces)
    for (const element of children(schema, 'element')) {
      const read = member(element)
      model.elements.set(read.name, read)
    }
    for (const type of children(schema, 'complexType')) {
      const name = attr(type, 'name')
      if (name) model.complexTypes.set(name, sequenceOf(type, member))
    }
  }

  const messages = new Map<string, string>()
  for (const message of children(definitions, 'message')) {
    const part = children(message, 'part')[0]
    const element = part && attr(part, 'element')
    const name = attr(message, 'name')
    if (name && element) messages.set(name, local(element))
  }
  const portTypes = new Map<string, Map<string, WsdlOperation>>()
  for (const portType of children(definitions, 'portType')) {
    const ops = new Map<string, WsdlOperation>()
    for (const operation of children(portType, 'operation')) {
      const name = attr(operation, 'name')
      if (!name) continue
      const input = children(operation, 'input')[0]
      const output = children(operation, 'output')[0]
      const inputMessage = input && attr(input, 'message')
      const outputMessage = output && attr(output, 'message')
      ops.set(name, {
        ...(inputMessage && { inputElement: messages.get(local(inputMessage)) }),
        ...(outputMessage && { outputElement: messages.get(local(outputMessage)) }),
      })
    }
    const name = attr(portType, 'name')
    if (name) portTypes.set(name, ops)
  }

  const bindingVersions = new Map<string, '1.1' | '1.2'>()
  for (const binding of children(definitions, 'binding')) {
    const version = soapVersion(binding, namespaces)
    const name = attr(binding, 'name')
    const type = attr(binding, 'type')
    if (!version || !name || !type) continue
    bindingVersions.set(name, version)
    const ops = portTypes.get(local(type))
    for (const operation of children(binding, 'operation')) {
      const opName = attr(operation, 'name')
      const known = opName === undefined ? undefined : ops?.get(opName)
      if (!opName || !known) continue
      const soapOp = children(operation, 'operation')[0]
      const action = (soapOp && attr(soapOp, 'soapAction')) ?? ''
      const entry = model.operations.get(opName) ?? { ...known }
      if (version === '1.1') entry.soap11Action = action
      else entry.soap12Action = action
      model.operations.set(opName, entry)
    }
  }
  for (const [, ops] of portTypes)
    for (const [name, op] of ops) if (!model.operations.has(name)) model.operations.set(name, op)

  for (const service of children(definitions, 'service'))
    for (const port of children(service, 'port')) {
      const binding = attr(port, 'binding')
      const address = children(port, 'address')[0]
      const location = address && attr(address, 'location')
      const version = binding === undefined ? undefined : bindingVersions.get(local(binding))
      if (version === '1.1' && location) model.soap11Address ??= location
      if (version === '1.2' && location) model.soap12Address ??= location
    }
  return model
}

function soapVersion(binding: Node, namespaces: Map<string, string>): '1.1' | '1.2' | undefined {
  for (const key of Object.keys(binding)) {
    if (local(key) !== 'binding') continue
    const namespace = namespaces.get(prefixOf(key))
    if (namespace === SOAP11_BINDING_NS) return '1.1'
    if (namespace === SOAP12_BINDING_NS) return '1.2'
  }
  return undefined
}

function sequenceOf(type: Node, member: (node: Node) => WsdlMember): WsdlMember[] {
  const sequence = children(type, 'sequence')[0]
  return children(sequence, 'element').map(member)
}

function readMember(node: Node, namespaces: Map<string, string>): WsdlMember {
  const type = attr(node, 'type') ?? ''
  const maxOccurs = attr(node, 'maxOccurs') ?? '1'
  const inlineType = children(node, 'complexType')[0]
  return {
    name: attr(node, 'name') ?? attr(node, 'ref') ?? '',
    type: local(type),
    builtIn: namespaces.get(prefixOf(type)) === XSD_NS,
    minOccurs: Number(attr(node, 'minOccurs') ?? '1'),
    unbounded: maxOccurs === 'unbounded' || Number(maxOccurs) > 1,
    nillable: attr(node, 'nillable') === 'true',
    ...(inlineType && {
      inline: sequenceOf(inlineType, (child) => readMember(child, namespaces)),
    }),
  }
}
