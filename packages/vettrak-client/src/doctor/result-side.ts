/**
 * @module
 * The result side of an operation as the portal depends on it: the members it cannot work without
 * (vettrak-api's `identityMembers`: `Auth.Status` and the identifiers it keys on) must be declared and not
 * nillable, and each list must come in the wrapper and item elements the portal reads. Lists the
 * wrapper and item names the server actually uses, so a difference is plain to see.
 */
import {
  complexTypes,
  operations,
  identityOf,
  type ComplexTypeName,
  type FieldType,
  type OperationName,
  type OperationSpec,
} from '@vettrak-portal/vettrak-api'
import { membersOf, type Finding } from './compare.ts'
import type { WsdlMember, WsdlModel } from './wsdl-model.ts'

/** One list of a result: where it is, and its wrapper and item names on this server. */
export interface ListShape {
  path: string
  wrapper: string
  /** The item element the server declares; undefined when the wrapper holds no repeated item. */
  item: string | undefined
  expectedItem: string
}

/** The result-side verdict on one offered operation. */
export interface ResultSideCheck {
  operation: OperationName
  lists: ListShape[]
  findings: Finding[]
}

interface Walk {
  model: WsdlModel
  lists: ListShape[]
  findings: Finding[]
  visited: Set<string>
}

/** Checks the result side of `operation`; undefined when the server does not offer it. */
export function checkResultSide(
  operation: OperationName,
  model: WsdlModel,
): ResultSideCheck | undefined {
  const offered = model.operations.get(operation)
  if (!offered) return undefined
  const spec: OperationSpec = operations[operation]
  const walk: Walk = { model, lists: [], findings: [], visited: new Set() }
  const response =
    offered.outputElement === undefined ? undefined : model.elements.get(offered.outputElement)
  const result = response?.inline?.find((member) => member.name === `${operation}Result`)
  const members = result && membersOf(result, model)
  if (!members) {
    walk.findings.push({
      severity: 'error',
      message: `result element \`${operation}Result\` not found`,
    })
    return { operation, lists: walk.lists, findings: walk.findings }
  }
  if (spec.result.kind === 'bare') visitType('TAuthenticate', members, '', walk)
  else visitMembers({ Auth: { type: 'TAuthenticate' }, ...spec.result.payload }, members, '', walk)
  return { operation, lists: walk.lists, findings: walk.findings }
}

function visitMembers(
  expected: Readonly<Record<string, FieldType>>,
  actual: readonly WsdlMember[],
  path: string,
  walk: Walk,
): void {
  for (const [name, field] of Object.entries(expected)) {
    if (typeof field === 'string') continue
    const found = actual.find((member) => member.name === name)
    if ('type' in field) {
      const inner = found && membersOf(found, walk.model)
      if (inner) visitType(field.type, inner, `${path}${name}.`, walk)
      else if (identityOf(field.type).length > 0)
        walk.findings.push({
          severity: 'error',
          message: `\`${path}${name}\` (${field.type}) is not in the WSDL; the portal needs its ${identityOf(field.type).join(', ')}`,
        })
      continue
    }
    const expectedItem = 'list' in field ? field.list : field.listOf
    if (!found) {
      walk.findings.push({
        severity: 'error',
        message: `list wrapper \`${path}${name}\` is not in the WSDL: the portal would read no ${expectedItem} items`,
      })
      continue
    }
    const wrapper = membersOf(found, walk.model)
    const item = wrapper?.length === 1 && wrapper[0]?.unbounded ? wrapper[0] : undefined
    walk.lists.push({ path: `${path}${name}`, wrapper: found.name, item: item?.name, expectedItem })
    if (!item) {
      walk.findings.push({
        severity: 'error',
        message: `\`${path}${name}\` holds no repeated item element; the portal reads \`${expectedItem}\` items`,
      })
      continue
    }
    if (item.name !== expectedItem)
      walk.findings.push({
        severity: 'error',
        message: `\`${path}${name}\` lists \`${item.name}\` items; the portal reads \`${expectedItem}\``,
      })
    const itemMembers = 'list' in field ? membersOf(item, walk.model) : undefined
    if ('list' in field && itemMembers)
      visitType(field.list, itemMembers, `${path}${name}/${item.name}.`, walk)
  }
}

function visitType(
  type: ComplexTypeName,
  actual: readonly WsdlMember[],
  path: string,
  walk: Walk,
): void {
  for (const name of identityOf(type)) {
    const member = actual.find((candidate) => candidate.name === name)
    if (!member)
      walk.findings.push({
        severity: 'error',
        message: `\`${path}${name}\` is required by the portal (${type} is keyed on it) but not in the WSDL`,
      })
    else if (member.nillable)
      walk.findings.push({
        severity: 'warning',
        message: `\`${path}${name}\` is marked nillable; a record without it cannot be shown`,
      })
  }
  // A recursive type (the employer tree) is walked into once.
  if (walk.visited.has(type)) return
  walk.visited.add(type)
  visitMembers(complexTypes[type], actual, path, walk)
}
