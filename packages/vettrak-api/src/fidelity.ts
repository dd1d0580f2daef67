/**
 * @module
 * Renders `docs/vettrak-fidelity.md` from the evidence in `operations.ts` and `types.ts`: per
 * operation, its request elements and every member of its result (nested types included), each
 * with where it comes from. `fidelity.test.ts` fails when the committed page is out of date.
 */
import type { Evidence, Members } from './evidence.ts'
import { operationDescriptions, type OperationDescription } from './operations.ts'
import { typeDescriptions, type ComplexTypeName, type FieldType } from './types.ts'

/** Where the page lives, relative to the repository root. */
export const FIDELITY_PAGE = 'docs/vettrak-fidelity.md'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function evidenceText(evidence: Evidence): string {
  if (evidence.kind === 'defined-here') return `**defined here**: ${evidence.note}`
  const kinds = [...new Set(evidence.sources.map((source) => source.kind))].join(', ')
  const cites = evidence.sources.map((source) => source.cite).join('; ')
  return `published (${kinds})${evidence.note ? `: ${evidence.note}` : ''}. ${cites}`
}

function typeText(field: FieldType): string {
  if (typeof field === 'string') return `\`${field}\``
  if ('type' in field) return `${field.type}`
  if ('list' in field) return `list of ${field.list}`
  return `list of \`${field.listOf}\``
}

const nested = (field: FieldType): ComplexTypeName | undefined =>
  typeof field === 'object' && 'type' in field
    ? field.type
    : typeof field === 'object' && 'list' in field
      ? field.list
      : undefined

/** Rows for the members of `members`, descending into nested types once each (no recursion loops). */
function memberRows(members: Members, path: string, seen: Set<string>): string[] {
  const rows: string[] = []
  for (const [name, member] of Object.entries(members)) {
    const where = `${path}${name}`
    rows.push(
      `| \`${where}\` | ${typeText(member.field)} | ${cell(evidenceText(member.evidence))} |`,
    )
    const inner = nested(member.field)
    if (inner === undefined || inner === 'TAuthenticate' || seen.has(inner)) continue
    const item = 'list' in (member.field as object) ? `/${inner}.` : '.'
    rows.push(...memberRows(typeDescriptions[inner], `${where}${item}`, new Set([...seen, inner])))
  }
  return rows
}

function counts(rows: readonly string[]) {
  const definedHere = rows.filter((row) => row.includes('**defined here**')).length
  return { published: rows.length - definedHere, definedHere }
}

function operationSection(name: string, op: OperationDescription): string {
  const request = Object.entries(op.request).map(
    ([element, member]) =>
      `| \`${element}\` | ${typeText(member.field)} | ${cell(evidenceText(member.evidence))} |`,
  )
  const result =
    op.result.kind === 'bare'
      ? memberRows(typeDescriptions.TAuthenticate, '', new Set())
      : Object.entries(op.result.payload).flatMap(([element, field]) => {
          const inner = nested(field)
          const head = `| \`${element}\` | ${typeText(field)} | ${cell(evidenceText(op.evidence.result))} |`
          if (inner === undefined) return [head]
          const item = 'list' in (field as object) ? `/${inner}.` : '.'
          return [
            head,
            ...memberRows(typeDescriptions[inner], `${element}${item}`, new Set([inner])),
          ]
        })
  const { published, definedHere } = counts(result)
  const shape =
    op.result.kind === 'bare' ? 'a bare TAuthenticate' : `\`Auth\` + ${op.result.typeName}`
  return [
    `## ${name}`,
    '',
    `- Operation: ${cell(evidenceText(op.evidence.operation))}`,
    `- Security level ${op.level}: ${cell(evidenceText(op.evidence.level))}`,
    `- Result: ${shape}; ${published} members published, ${definedHere} defined here.`,
    ...(op.note ? [`- Note: ${op.note}`] : []),
    '',
    '| Request element | Type | Evidence |',
    '|---|---|---|',
    ...request,
    '',
    `| Result member | Type | Evidence |`,
    '|---|---|---|',
    ...result,
    '',
  ].join('\n')
}

/** The whole page. */
export function renderFidelity(): string {
  const entries = Object.entries(operationDescriptions) as [string, OperationDescription][]
  const summary = entries.map(([name, op]) => {
    const elements = Object.values(op.request)
    const known = elements.filter((member) => member.evidence.kind === 'published').length
    return `| [${name}](#${name.toLowerCase()}) | ${op.evidence.operation.kind === 'published' ? 'published' : 'defined here'} | ${known} of ${elements.length} | ${op.level} |`
  })
  return [
    '# How faithful the VETtrak description is',
    '',
    '<!-- Generated from packages/vettrak-api (operations.ts, types.ts) by',
    '     `pnpm --filter @vettrak-portal/vettrak-api run fidelity`. Do not edit by hand. -->',
    '',
    'For every operation the portal calls: its request elements and every member of its result,',
    'each with where it comes from. **Published** means a public source shows it: an ASMX operation',
    'page (ASMX), a class or method page of VETtrak’s API documentation (DOC), public code that calls',
    'a real VETtrak (GH), a real answer captured by such code (GH capture), or a change log (LOG).',
    '**Defined here** means VETtrak has not published it: it is this project’s shape, and a real',
    'installation may differ (`pnpm run doctor` compares it with a real WSDL). `Auth` (TAuthenticate)',
    'is published and is not repeated below.',
    '',
    '| Operation | Name | Request elements published | Level |',
    '|---|---|---|---|',
    ...summary,
    '',
    ...entries.map(([name, op]) => operationSection(name, op)),
  ].join('\n')
}
