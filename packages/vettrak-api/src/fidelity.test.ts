import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Member, Members } from './evidence.ts'
import { FIDELITY_PAGE, renderFidelity } from './fidelity.ts'
import { operationDescriptions } from './operations.ts'
import { typeDescriptions } from './types.ts'

describe('docs/vettrak-fidelity.md', () => {
  it('is what the description generates (run the fidelity script after changing it)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', '..', FIDELITY_PAGE),
      'utf8',
    )
    expect(committed).toBe(renderFidelity())
  })

  it('lists every request element and every result member with its evidence', () => {
    const page = renderFidelity()
    expect(page).toContain('| `OccuList/TOccu.Prog_Code` | `string` | published (GH, DOC)')
    expect(page).toContain('| `OccuList/TOccu.EnrolledCount` | `int?` | **defined here**')
    expect(page).toContain(
      '| `InvoiceList/TInvoice.InvoiceItems/TInvoiceItem.GST` | `decimal` | published (DOC)',
    )
    expect(page).toContain('| `enrolmentId` | `int` | **defined here**')
    for (const name of Object.keys(operationDescriptions)) expect(page).toContain(`## ${name}\n`)
  })
})

describe('the evidence', () => {
  it('names a source for every published member and a reason for every defined-here one', () => {
    const types: Members[] = Object.values(typeDescriptions)
    const requests: Members[] = Object.values(operationDescriptions).map((op) => op.request)
    const members: Member[] = [...types, ...requests].flatMap((table) => Object.values(table))
    for (const { evidence } of members) {
      if (evidence.kind === 'published') expect(evidence.sources.length).toBeGreaterThan(0)
      else expect(evidence.note.length).toBeGreaterThan(0)
    }
  })
})
