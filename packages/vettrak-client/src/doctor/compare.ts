/**
 * @module
 * Compares one operation of a server's WSDL with what the portal expects (the vettrak-api
 * tables): is it offered over SOAP 1.1, and do its request elements and its result (recursively
 * through the types) have the names, order and types the portal sends and reads.
 */
import {
  complexTypes,
  operations,
  soapAction,
  type ComplexTypeName,
  type EvidenceSummary,
  type FieldType,
  type OperationName,
  type OperationSpec,
  type SecurityLevel,
} from '@vettrak-portal/vettrak-api'
import type { WsdlMember, WsdlModel } from './wsdl-model.ts'

/** How much a finding matters: an `error` makes the doctor fail. */
export type Severity = 'error' | 'warning' | 'info'

/** One difference between the server and the portal's expectation. */
export interface Finding {
  severity: Severity
  message: string
}

/** The verdict on one operation. */
export interface OperationCheck {
  operation: OperationName
  evidence: EvidenceSummary
  level: SecurityLevel
  note?: string
  status: 'ok' | 'differs' | 'missing'
  findings: Finding[]
}

type Part = 'request' | 'result'

interface Context {
  part: Part
  findings: Finding[]
  model: WsdlModel
  visited: Set<string>
}

/** Checks `operation` against the model of the server's WSDL. */
export function checkOperation(operation: OperationName, model: WsdlModel): OperationCheck {
  const spec: OperationSpec = operations[operation]
  const base = {
    operation,
    evidence: spec.evidence,
    level: spec.level,
    ...(spec.note !== undefined && { note: spec.note }),
  }
  const offered = model.operations.get(operation)
  if (!offered)
    return {
      ...base,
      status: 'missing',
      findings: [{ severity: 'error', message: 'not offered by this server' }],
    }
  const findings: Finding[] = []
  if (offered.soap11Action === undefined)
    findings.push({
      severity: 'error',
      message: 'not offered over SOAP 1.1 (the portal speaks SOAP 1.1)',
    })
  else if (offered.soap11Action !== soapAction(operation))
    findings.push({
      severity: 'warning',
      message: `SOAPAction is \`${offered.soap11Action}\`, expected \`${soapAction(operation)}\``,
    })

  const request =
    offered.inputElement === undefined ? undefined : model.elements.get(offered.inputElement)
  if (!request?.inline)
    findings.push({ severity: 'error', message: 'request element not found in the WSDL' })
  else
    compareMembers(spec.request, request.inline, '', {
      part: 'request',
      findings,
      model,
      visited: new Set(),
    })

  const response =
    offered.outputElement === undefined ? undefined : model.elements.get(offered.outputElement)
  const result = response?.inline?.find((member) => member.name === `${operation}Result`)
  if (!result)
    findings.push({ severity: 'error', message: `result element \`${operation}Result\` not found` })
  else {
    const expected: Readonly<Record<string, FieldType>> =
      spec.result.kind === 'bare'
        ? complexTypes.TAuthenticate
        : { Auth: { type: 'TAuthenticate' }, ...spec.result.payload }
    compareComplex(expected, result, '', {
      part: 'result',
      findings,
      model,
      visited: new Set(),
    })
  }
  const failed = findings.some((finding) => finding.severity === 'error')
  return { ...base, status: failed ? 'differs' : 'ok', findings }
}

/** The members of a complex member: its inline type or its named complex type. */
export function membersOf(member: WsdlMember, model: WsdlModel): WsdlMember[] | undefined {
  return member.inline ?? (member.builtIn ? undefined : model.complexTypes.get(member.type))
}

function compareComplex(
  expected: Readonly<Record<string, FieldType>>,
  actual: WsdlMember,
  path: string,
  context: Context,
): void {
  const members = membersOf(actual, context.model)
  if (!members) {
    context.findings.push({
      severity: 'error',
      message: `${context.part} element \`${path || actual.name}\` is \`${actual.type}\`, expected a complex type`,
    })
    return
  }
  compareMembers(expected, members, path, context)
}

function compareMembers(
  expected: Readonly<Record<string, FieldType>>,
  actual: readonly WsdlMember[],
  path: string,
  context: Context,
): void {
  const { part, findings } = context
  const expectedNames = Object.keys(expected)
  const consumed = new Set<string>()
  expectedNames.forEach((name, index) => {
    const type = expected[name]
    if (type === undefined) return
    const found = actual.find((member) => member.name === name)
    if (!found) {
      const candidate = actual[index]
      const instead =
        candidate && !(candidate.name in expected) && !consumed.has(candidate.name)
          ? candidate
          : undefined
      if (instead) consumed.add(instead.name)
      findings.push({
        severity: 'error',
        message: `${part} element \`${path}${name}\` missing${instead ? `; found \`${instead.name}\`` : ''}`,
      })
      return
    }
    compareType(type, found, `${path}${name}`, context)
  })

  const expectedOrder = expectedNames.filter((name) =>
    actual.some((member) => member.name === name),
  )
  const actualOrder = actual.map((member) => member.name).filter((name) => name in expected)
  const outOfPlace = expectedOrder.findIndex((name, index) => actualOrder[index] !== name)
  if (outOfPlace !== -1)
    findings.push({
      severity: part === 'request' ? 'error' : 'warning',
      message: `${part} elements ${path ? `of \`${path.slice(0, -1)}\` ` : ''}in a different order: expected ${expectedOrder.join(', ')}; found ${actualOrder.join(', ')}`,
    })

  for (const member of actual) {
    if (member.name in expected || consumed.has(member.name)) continue
    if (part === 'request')
      findings.push({
        severity: member.minOccurs > 0 ? 'error' : 'warning',
        message: `request element \`${path}${member.name}\` is ${member.minOccurs > 0 ? 'required by the server' : 'offered by the server'} but not sent by the portal`,
      })
    else
      findings.push({
        severity: 'info',
        message: `result element \`${path}${member.name}\` is not read by the portal`,
      })
  }
}

function compareType(
  expected: FieldType,
  actual: WsdlMember,
  path: string,
  context: Context,
): void {
  const { part, findings } = context
  const describe = (member: WsdlMember) => member.type || 'an inline type'
  if (typeof expected === 'string') {
    const base = expected.replace('?', '')
    if (!actual.builtIn || actual.type !== base)
      findings.push({
        severity: 'error',
        message: `${part} element \`${path}\` is \`${describe(actual)}\`, expected \`${base}\``,
      })
    else if (expected.endsWith('?') && !actual.nillable && part === 'request')
      findings.push({
        severity: 'warning',
        message: `${part} element \`${path}\` is not nillable; the portal may send it as nil`,
      })
    return
  }
  if ('type' in expected) {
    if (enter(expected.type, actual, context))
      compareComplex(complexTypes[expected.type], actual, `${path}.`, context)
    return
  }
  const itemName = 'list' in expected ? expected.list : expected.listOf
  const wrapper = membersOf(actual, context.model)
  const item = wrapper?.length === 1 ? wrapper[0] : undefined
  if (!item || !item.unbounded) {
    findings.push({
      severity: 'error',
      message: `${part} element \`${path}\` is \`${describe(actual)}\`, expected a list of \`${itemName}\``,
    })
    return
  }
  if (item.name !== itemName)
    findings.push({
      severity: 'error',
      message: `${part} element \`${path}\` lists \`${item.name}\` items, expected \`${itemName}\``,
    })
  if ('listOf' in expected) compareType(expected.listOf, item, `${path}/${item.name}`, context)
  else if (enter(expected.list, item, context))
    compareComplex(complexTypes[expected.list], item, `${path}/${item.name}.`, context)
}

/** Guards recursive types (the employer tree): each expected/actual pair is compared once. */
function enter(expected: ComplexTypeName, actual: WsdlMember, context: Context): boolean {
  const key = `${expected}|${actual.type}`
  if (context.visited.has(key)) return false
  context.visited.add(key)
  return true
}
