// The published profile: what a sparse, real-shaped VETtrak answers, walked against the tables.
import {
  complexTypes,
  identityOf,
  memberEvidence,
  operationNames,
  operations,
  unknownMembers,
  type ComplexTypeName,
  type FieldType,
  type OperationName,
} from '@vettrak-portal/vettrak-api'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../src/index.ts'
import { neverFilled } from '../src/soap/published-profile.ts'
import { serialiserFor } from '../src/soap/serialise.ts'
import { DEMO_CAST, DEMO_REFERENCE_DATE } from './helpers/demo-cast.ts'
import { everyOperation, type Who } from './helpers/every-operation.ts'
import { callRaw, login } from './helpers/soap-call.ts'
import { enrolment } from './helpers/small-store.ts'

type Node = Record<string, unknown>
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
})

const nameOf = (node: Node) => Object.keys(node).find((key) => key !== ':@') ?? ''
const childrenOf = (node: Node) => (node[nameOf(node)] ?? []) as Node[]
const isNil = (node: Node) => (node[':@'] as Node | undefined)?.nil === 'true'

/** What one profile's answers to every operation hold, walked against the tables. */
interface Seen {
  /** `Type.Member` of every element written. */
  members: Set<string>
  /** Problems with the shape: out of place unknown members, defined-here members, lost identities. */
  problems: string[]
  nilDates: Set<string>
  filledDates: Set<string>
  records: number
}

function walkRecord(type: ComplexTypeName, children: Node[], path: string, seen: Seen) {
  seen.records++
  const names = children.map(nameOf)
  for (const identity of identityOf(type))
    if (!names.includes(identity)) seen.problems.push(`${path}: no ${identity}`)
  for (const child of children) {
    const name = nameOf(child)
    seen.members.add(`${type}.${name}`)
    if (name === unknownMembers.first.name || name === unknownMembers.last.name) continue
    const evidence = memberEvidence(type, name)
    if (evidence === undefined) seen.problems.push(`${path}.${name}: not in the tables`)
    else if (evidence.kind === 'defined-here' && !identityOf(type).includes(name))
      seen.problems.push(`${path}.${name}: defined here`)
    const field = (complexTypes[type] as Record<string, FieldType>)[name]
    if (field === 'dateTime')
      (isNil(child) ? seen.nilDates : seen.filledDates).add(`${type}.${name}`)
    if (field !== undefined) walkField(field, child, `${path}.${name}`, seen)
  }
  return names
}

function walkField(field: FieldType, node: Node, path: string, seen: Seen) {
  if (typeof field === 'string' || 'listOf' in field) return
  if ('type' in field) {
    checkEnds(walkRecord(field.type, childrenOf(node), path, seen), path, seen)
    return
  }
  for (const item of childrenOf(node))
    checkEnds(walkRecord(field.list, childrenOf(item), `${path}.${field.list}`, seen), path, seen)
}

let expectUnknownEnds = true
function checkEnds(names: string[], path: string, seen: Seen) {
  const ends = [names[0], names.at(-1)]
  const expected = [unknownMembers.first.name, unknownMembers.last.name]
  const hasEnds = ends[0] === expected[0] && ends[1] === expected[1]
  if (hasEnds !== expectUnknownEnds) seen.problems.push(`${path}: ends ${ends.join(', ')}`)
}

function walkAnswer(operation: OperationName, xml: string, seen: Seen) {
  const envelope = parser.parse(xml) as Node[]
  const root = envelope.find((node) => nameOf(node) === 'Envelope') ?? {}
  const body = childrenOf(root).find((node) => nameOf(node) === 'Body') ?? {}
  const result = childrenOf(childrenOf(body)[0] ?? {})[0] ?? {}
  const spec = operations[operation].result
  if (spec.kind === 'bare') {
    checkEnds(walkRecord('TAuthenticate', childrenOf(result), operation, seen), operation, seen)
    return
  }
  const payload: Record<string, FieldType> = { Auth: { type: 'TAuthenticate' }, ...spec.payload }
  const names = childrenOf(result).map(nameOf)
  checkEnds(names, `${operation}Result`, seen)
  for (const child of childrenOf(result)) {
    const field = payload[nameOf(child)]
    if (field !== undefined) walkField(field, child, `${operation}.${nameOf(child)}`, seen)
  }
}

async function everyAnswer(sim: RunningSimulator): Promise<Map<OperationName, string>> {
  const tokens: Record<Who, string> = {
    none: '',
    learner: await login(sim.endpoint, DEMO_CAST.learner.username, DEMO_CAST.learner.password),
    staff: await login(sim.endpoint, DEMO_CAST.staff.username, DEMO_CAST.staff.password),
    service: await login(sim.endpoint, DEMO_CAST.service.username, DEMO_CAST.service.password),
  }
  const calls = everyOperation(DEMO_CAST)
  const answers = new Map<OperationName, string>()
  for (const name of operationNames) {
    const call = calls[name]
    const answer = await callRaw(sim.endpoint, name, call.args(tokens[call.who]))
    expect(answer.status, `${name}: ${answer.text}`).toBe(200)
    answers.set(name, answer.text.replace(/<Token>[^<]*<\/Token>/g, '<Token>[TOKEN]</Token>'))
  }
  return answers
}

function walkAll(answers: Map<OperationName, string>, unknownEnds: boolean): Seen {
  const seen: Seen = {
    members: new Set(),
    problems: [],
    nilDates: new Set(),
    filledDates: new Set(),
    records: 0,
  }
  expectUnknownEnds = unknownEnds
  for (const [operation, xml] of answers) walkAnswer(operation, xml, seen)
  return seen
}

let full: RunningSimulator
let published: RunningSimulator
let fullAnswers: Map<OperationName, string>
let publishedAnswers: Map<OperationName, string>

beforeAll(async () => {
  const options = { port: 0, seed: 1, referenceDate: DEMO_REFERENCE_DATE }
  full = await startSimulator(options)
  published = await startSimulator({ ...options, profile: 'published' })
  fullAnswers = await everyAnswer(full)
  publishedAnswers = await everyAnswer(published)
})
afterAll(() => Promise.all([full.close(), published.close()]))

describe('the published profile', () => {
  it('answers every operation with only published members and identities, each record keeping its identity', () => {
    const seen = walkAll(publishedAnswers, true)
    expect(seen.records).toBeGreaterThan(100)
    expect(seen.problems).toEqual([])
  })

  it('leaves out the defined-here members the full profile writes, keeping identities defined here', () => {
    const fullSeen = walkAll(fullAnswers, false)
    const publishedSeen = walkAll(publishedAnswers, true)
    expect(fullSeen.problems.filter((problem) => !problem.includes('defined here'))).toEqual([])
    for (const member of [
      'TClientEmployer.IsContact',
      'TClieDetail.IsStaff',
      'TEnun.Unit_Code',
      'TPasswordPolicy.MinimumLength',
    ]) {
      expect(fullSeen.members).toContain(member)
      expect(publishedSeen.members).not.toContain(member)
    }
    expect(publishedSeen.members).toContain('TEmployerTree.Employer')
    expect(publishedSeen.members).toContain('TClie.Clie_Code')
  })

  it('never fills the same third of optional strings, and keeps identities and the Auth block whole', () => {
    const fullSeen = walkAll(fullAnswers, false)
    const publishedSeen = walkAll(publishedAnswers, true)
    const missing = [...fullSeen.members].filter((member) => {
      const [type, name] = member.split('.') as [ComplexTypeName, string]
      const field = (complexTypes[type] as Record<string, FieldType>)[name]
      return field === 'string' && neverFilled(type, { name, field })
    })
    expect(missing.length).toBeGreaterThan(5)
    for (const member of missing) expect(publishedSeen.members).not.toContain(member)
    for (const member of ['TAuthenticate.Token', 'TAuthenticate.TokenType', 'TClie.Clie_Code'])
      expect(publishedSeen.members).toContain(member)
  })

  it('writes some dates of some records as xsi:nil, and the same dates of other records filled', () => {
    const seen = walkAll(publishedAnswers, true)
    const both = [...seen.nilDates].filter((member) => seen.filledDates.has(member))
    expect(both.length).toBeGreaterThan(3)
    expect(walkAll(fullAnswers, false).nilDates.size).toBe(0)
  })

  it('adds an unknown member first and last to every complex value, which the full profile never does', () => {
    expect(publishedAnswers.get('GetEnrolmentsForClient')).toContain(
      '<GetEnrolmentsForClientResult><Unlisted_Lead>not in the tables</Unlisted_Lead><Auth><Unlisted_Lead>',
    )
    expect(publishedAnswers.get('ValidateClient')).toMatch(
      /<ValidateClientResult><Unlisted_Lead>not in the tables<\/Unlisted_Lead><ID>.*<Unlisted_Trail>0<\/Unlisted_Trail><\/ValidateClientResult>/,
    )
    for (const xml of fullAnswers.values()) expect(xml).not.toContain('Unlisted_')
  })

  it('answers the same bytes every time (deterministic sparsity)', async () => {
    const again = await everyAnswer(published)
    expect([...again.values()]).toEqual([...publishedAnswers.values()])
  })

  it('serves a WSDL that declares what it answers, and says which profile it runs', async () => {
    const wsdl = await (await fetch(published.wsdlUrl)).text()
    expect(wsdl).not.toContain('name="IsContact"')
    expect(wsdl).toContain('name="Unlisted_Lead"')
    expect(wsdl).toContain(
      '<s:element minOccurs="1" maxOccurs="1" name="StartDate" nillable="true" type="s:dateTime" />',
    )
    const health = (await (await fetch(`${published.url}/__sim/health`)).json()) as Node
    expect(health.profile).toBe('published')
  })
})

describe('the published serialiser', () => {
  const serialise = serialiserFor('published')
  const auth = { ID: 7, Token: 't', Status: 1, Identifier: '0000000007', TokenType: '02' }

  it('nils a date by record, not by chance: the same record gives the same dates', () => {
    const records = Array.from({ length: 30 }, (_, i) => enrolment(i + 1, 'C1'))
    const xml = serialise('GetEnrolmentsForClient', { Auth: auth, ClieEnroList: records })
    expect(xml).toContain('<StartDate xsi:nil="true" />')
    expect(xml).toContain('<StartDate>2026-02-02T00:00:00</StartDate>')
    expect(serialise('GetEnrolmentsForClient', { Auth: auth, ClieEnroList: records })).toBe(xml)
  })

  it('writes a value type the data leaves out as nil instead of refusing the record', () => {
    const broken = { ...enrolment(1, 'C1'), StartDate: undefined }
    expect(() =>
      serialise('GetEnrolmentsForClient', { Auth: auth, ClieEnroList: [broken] }),
    ).not.toThrow()
  })
})
