/**
 * @module
 * Checks a raw response against the contract tables of `@vettrak-portal/vettrak-api`, independently
 * of the serialiser: the response element and its namespace, every element a member of its type and
 * in table order, value types present and well formed (two-place decimals, zone-less dates), nil
 * only on nullable types, list items named after their type.
 */
import {
  complexTypes,
  operations,
  VT_NAMESPACE,
  type ComplexTypeName,
  type FieldType,
  type OperationName,
  type OperationSpec,
} from '@vettrak-portal/vettrak-api'
import { XMLParser } from 'fast-xml-parser'

type Node = Record<string, unknown>
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: false,
})

const FORMATS: Record<string, RegExp> = {
  int: /^-?\d+$/,
  decimal: /^-?\d+\.\d{2}$/,
  dateTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/,
  boolean: /^(true|false)$/,
}

const tagOf = (node: Node) => Object.keys(node).find((key) => key !== ':@' && key !== '#text')
const childrenOf = (node: Node) => (node[tagOf(node) ?? ''] ?? []) as Node[]
const elements = (node: Node) => childrenOf(node).filter((child) => tagOf(child) !== undefined)
const text = (node: Node) =>
  childrenOf(node)
    .map((child) => (child['#text'] as string | undefined) ?? '')
    .join('')

function checkMembers(
  members: Readonly<Record<string, FieldType>>,
  node: Node,
  path: string,
  problems: string[],
) {
  const names = Object.keys(members)
  let last = -1
  const seen = new Set<string>()
  for (const child of elements(node)) {
    const name = tagOf(child) ?? ''
    const index = names.indexOf(name)
    if (index < 0) problems.push(`${path}: unexpected element ${name}`)
    else if (index <= last) problems.push(`${path}: ${name} out of order`)
    last = Math.max(last, index)
    seen.add(name)
    const field = members[name]
    if (field !== undefined) checkField(field, child, `${path}.${name}`, problems)
  }
  for (const [name, field] of Object.entries(members))
    if (typeof field === 'string' && field !== 'string' && !seen.has(name))
      problems.push(`${path}: value type ${name} missing`)
}

function checkField(field: FieldType, node: Node, path: string, problems: string[]) {
  const nil = (node[':@'] as Record<string, string> | undefined)?.['xsi:nil'] === 'true'
  if (typeof field === 'string') {
    if (nil) {
      if (!field.endsWith('?')) problems.push(`${path}: nil on a non-nullable ${field}`)
      return
    }
    const format = FORMATS[field.replace('?', '')]
    if (format !== undefined && !format.test(text(node)))
      problems.push(`${path}: '${text(node)}' is not a ${field}`)
    return
  }
  if ('type' in field) return checkMembers(complexTypes[field.type], node, path, problems)
  const item = 'list' in field ? field.list : field.listOf
  for (const child of elements(node)) {
    if (tagOf(child) !== item) problems.push(`${path}: item ${tagOf(child)} should be ${item}`)
    else if ('list' in field)
      checkMembers(complexTypes[item as ComplexTypeName], child, `${path}.${item}`, problems)
  }
}

/** The ways a raw response breaks the contract of `operation` (empty when it keeps it). */
export function contractProblems(operation: OperationName, xml: string): string[] {
  const problems: string[] = []
  const doc = parser.parse(xml) as Node[]
  const envelope = doc.find((node) => tagOf(node)?.endsWith(':Envelope'))
  const body = envelope && elements(envelope).find((node) => tagOf(node)?.endsWith(':Body'))
  const response = body && elements(body)[0]
  if (response === undefined || tagOf(response) !== `${operation}Response`)
    return [`no ${operation}Response element`]
  if ((response[':@'] as Record<string, string> | undefined)?.xmlns !== VT_NAMESPACE)
    problems.push('response element lacks the VT namespace')
  const [result, ...rest] = elements(response)
  if (result === undefined || tagOf(result) !== `${operation}Result` || rest.length > 0)
    return [...problems, `no single ${operation}Result`]
  const spec: OperationSpec = operations[operation]
  const members: Record<string, FieldType> =
    spec.result.kind === 'bare'
      ? complexTypes.TAuthenticate
      : { Auth: { type: 'TAuthenticate' }, ...spec.result.payload }
  checkMembers(members, result, `${operation}Result`, problems)
  return problems
}
