import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateWsdl } from '@vettrak-portal/vettrak-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDoctorReport, runDoctor } from '../src/index.ts'
import { recorded, startRecordedServer } from './recorded-server.ts'
import { wsdlWorkDir } from './wsdl-files.ts'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.resolve(packageDir, '../../node_modules/.bin/tsx')
const { wsdlFile } = wsdlWorkDir('vettrak-doctor-')
const good = generateWsdl('http://127.0.0.1:8081/VT_API.asmx')

function edited(from: RegExp, to: string): string {
  const text = good.replace(from, to)
  if (text === good) throw new Error(`the edit ${String(from)} changed nothing`)
  return text
}

/** GetAwardsForClient gone from the port type, both bindings and the messages. */
const withoutAwards = good
  .split('\n')
  .filter((line) => !/name="GetAwardsForClient(SoapIn|SoapOut)?"/.test(line))
  .join('\n')
  .replace(/<wsdl:operation name="GetAwardsForClient">.*?<\/wsdl:operation>/g, '')

const renamedParameter = edited(
  /(<s:element name="GetInvoicesForClient">.*?name=")clientCode(")/,
  '$1sClie_Code$2',
)

const retypedResult = edited(
  /<s:element minOccurs="1" maxOccurs="1" name="TotalAmount" type="s:decimal" \/>/,
  '<s:element minOccurs="0" maxOccurs="1" name="TotalAmount" type="s:string" />',
)

function runCli(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/doctor/cli.ts', ...args], { cwd: packageDir }, (error, stdout) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
    )
  })
}

describe('vettrak doctor', () => {
  it('passes a WSDL that offers everything the portal needs', async () => {
    const report = await runDoctor({ wsdlFile: wsdlFile('good.wsdl', good) })
    expect(report.ok).toBe(true)
    expect(report.operations).toHaveLength(27)
    expect(report.operations.every((check) => check.status === 'ok')).toBe(true)
    expect(formatDoctorReport(report)).toContain('Result: OK')
  })

  it('fails and names an operation the server does not offer', async () => {
    const report = await runDoctor({ wsdlFile: wsdlFile('no-awards.wsdl', withoutAwards) })
    expect(report.ok).toBe(false)
    const awards = report.operations.find((check) => check.operation === 'GetAwardsForClient')
    expect(awards).toMatchObject({ status: 'missing', evidence: 'defined-here' })
    const text = formatDoctorReport(report)
    expect(text).toMatch(/MISSING\s+GetAwardsForClient/)
    expect(text).toContain('GetAwardsForClient: not offered by this server')
    expect(text).toContain('defined here')
  })

  it('fails and names a renamed request parameter', async () => {
    const report = await runDoctor({ wsdlFile: wsdlFile('renamed.wsdl', renamedParameter) })
    expect(report.ok).toBe(false)
    expect(formatDoctorReport(report)).toContain(
      'GetInvoicesForClient: request element `clientCode` missing; found `sClie_Code`',
    )
  })

  it('fails and names a result element of another type, deep inside a list', async () => {
    const report = await runDoctor({ wsdlFile: wsdlFile('retyped.wsdl', retypedResult) })
    expect(report.ok).toBe(false)
    const text = formatDoctorReport(report)
    expect(text).toContain(
      'GetInvoicesForClient: result element `InvoiceList/TInvoice.TotalAmount` is `string`, expected `decimal`',
    )
    expect(text).toContain(
      'GetInvoicesForEmployer: result element `InvoiceList/TInvoice.TotalAmount`',
    )
  })

  it('fails on request elements in another order', async () => {
    const swapped = edited(
      /(<s:element name="GetUnitsForContract"><s:complexType><s:sequence>)(<s:element [^>]*name="sToken"[^>]*\/>)(<s:element [^>]*name="iCont_id"[^>]*\/>)/,
      '$1$3$2',
    )
    const report = await runDoctor({ wsdlFile: wsdlFile('swapped.wsdl', swapped) })
    expect(report.ok).toBe(false)
    expect(formatDoctorReport(report)).toContain(
      'GetUnitsForContract: request elements in a different order: expected sToken, iCont_id; found iCont_id, sToken',
    )
  })

  it('reports a WSDL that is not XML in plain words', async () => {
    const report = await runDoctor({ wsdlFile: wsdlFile('broken.wsdl', good.slice(0, 5000)) })
    expect(report).toMatchObject({ ok: false, wsdl: { ok: false } })
    expect(report.wsdl.error).toMatch(/not well-formed XML/)
  })

  it('reports a WSDL address that does not answer', async () => {
    const report = await runDoctor({ wsdlUrl: 'http://127.0.0.1:1/VT_API.asmx?WSDL' })
    expect(report.ok).toBe(false)
    expect(report.wsdl.error).toMatch(/could not fetch the WSDL/)
  })

  describe('with credentials, against a served WSDL', () => {
    let server: Awaited<ReturnType<typeof startRecordedServer>>
    beforeAll(async () => {
      server = await startRecordedServer((request) =>
        request.operation === 'ValidateClient'
          ? { body: recorded('validate-client-bad-login.xml') }
          : { body: '' },
      )
    })
    afterAll(() => server.close())

    it('reports a refused sign-in without the password', async () => {
      const report = await runDoctor({
        wsdlUrl: server.wsdlUrl,
        username: 'someone',
        password: 'Secret!2026',
      })
      expect(report.operations.every((check) => check.status === 'ok')).toBe(true)
      expect(report.ok).toBe(false)
      expect(report.live?.signIn).toMatchObject({ ok: false, status: -1 })
      const text = formatDoctorReport(report)
      expect(text).toContain('FAILED sign-in (ValidateClient) (Status -1)')
      expect(text + JSON.stringify(report)).not.toContain('Secret!2026')
    })
  })

  describe('the CLI', () => {
    it('exits 0 for a matching WSDL', async () => {
      const { code, stdout } = await runCli('--wsdl', wsdlFile('cli-good.wsdl', good))
      expect(code).toBe(0)
      expect(stdout).toContain('Result: OK')
    })

    it('exits non-zero and names the difference for a WSDL that differs', async () => {
      const { code, stdout } = await runCli(
        '--wsdl',
        wsdlFile('cli-renamed.wsdl', renamedParameter),
      )
      expect(code).toBe(1)
      expect(stdout).toContain('request element `clientCode` missing; found `sClie_Code`')
    })

    it('prints JSON with --json', async () => {
      const { code, stdout } = await runCli(
        '--json',
        '--wsdl',
        wsdlFile('cli-json.wsdl', withoutAwards),
      )
      expect(code).toBe(1)
      expect(JSON.parse(stdout)).toMatchObject({ ok: false })
    })
  })
})
