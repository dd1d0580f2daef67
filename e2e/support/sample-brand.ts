/**
 * The sample RTO of `scripts/sample-brand` (the one `pnpm start` shows), as `BRAND_*` settings
 * with its files' absolute paths, for the `branded` stack.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const FOLDER = fileURLToPath(new URL('../../scripts/sample-brand/', import.meta.url))

export function sampleBrandEnv(): Record<string, string> {
  const settings = JSON.parse(readFileSync(`${FOLDER}brand.json`, 'utf8')) as Record<string, string>
  for (const key of ['BRAND_LOGO_FILE', 'BRAND_FAVICON_FILE'])
    settings[key] = `${FOLDER}${settings[key] ?? ''}`
  return settings
}
