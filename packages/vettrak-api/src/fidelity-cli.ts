/**
 * @module
 * Writes `docs/vettrak-fidelity.md` from the description (`pnpm --filter
 * @vettrak-portal/vettrak-api run fidelity`).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIDELITY_PAGE, renderFidelity } from './fidelity.ts'

const path = join(import.meta.dirname, '..', '..', '..', FIDELITY_PAGE)
writeFileSync(path, renderFidelity())
console.log(`wrote ${FIDELITY_PAGE}`)
