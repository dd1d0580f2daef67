/**
 * A temporary folder for the WSDL files (and other outputs) a doctor test writes, removed after
 * the file's tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/** Makes the folder under the system's temporary directory; call at a test file's top level. */
export function wsdlWorkDir(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return {
    dir,
    /** Writes `text` to `name` in the folder; returns its path. */
    wsdlFile: (name: string, text: string): string => {
      const file = path.join(dir, name)
      writeFileSync(file, text)
      return file
    },
  }
}
