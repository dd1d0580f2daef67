import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { generateWsdl, unescapeXml } from '@vettrak-portal/vettrak-api'
import { startSimulator, type RunningSimulator } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { envelopeStructure, formatDoctorReport, runDoctor } from '../src/index.ts'
import { wsdlWorkDir } from './wsdl-files.ts'

const { dir: workDir, wsdlFile } = wsdlWorkDir('vettrak-doctor-features-')
const good = generateWsdl('http://127.0.0.1:8081/VT_API.asmx')

function edited(text: string, from: RegExp, to: string): string {
  const changed = text.replace(from, to)
  if (changed === text) throw new Error(`the edit ${String(from)} changed nothing`)
  return changed
}

/**
 * The simulator's WSDL, tampered: GetUnitsForContract not offered, the enrolment list's items
 * renamed, and the enrolment's identifier marked nillable.
 */
const tampered = edited(
  edited(
    edited(
      generateWsdl('http://127.0.0.1:8081/VT_API.asmx', { without: ['GetUnitsForContract'] }),
      /(<s:complexType name="ArrayOfTClieEnro"><s:sequence><s:element minOccurs="0" maxOccurs="unbounded" name=")TClieEnro"/,
      '$1Enrolment"',
    ),
    /(<s:complexType name="TClieEnro"><s:sequence><s:element minOccurs="1" maxOccurs="1" name="ID")/,
    '$1 nillable="true"',
  ),
  /(<s:complexType name="TEmplContact"><s:sequence>.*?)<s:element minOccurs="0" maxOccurs="1" name="Clie_Code" type="s:string" \/>/,
  '$1',
)

describe('the doctor on a tampered WSDL', () => {
  it('turns off each feature that needs a missing operation, and names it', async () => {
    const report = await runDoctor({ wsdlFile: wsdlFile('tampered.wsdl', tampered) })
    const off = report.features.filter((feature) => !feature.available)
    expect(off.map((feature) => [feature.feature, feature.missing])).toEqual([
      ['contracts', ['GetUnitsForContract']],
      ['trainees', ['GetUnitsForContract']],
    ])
    expect(report.features.find((feature) => feature.feature === 'enrolments')?.available).toBe(
      true,
    )
    const text = formatDoctorReport(report)
    expect(text).toContain('Features (17 of 19 offered):')
    expect(text).toMatch(
      /OFF {4} {2}contracts +GetContractsForClient, GetUnitsForContract {2}\(missing: GetUnitsForContract\)/,
    )
    expect(report.ok).toBe(false)
  })

  it('marks the location names off as optional on a server without GetLocations', async () => {
    const wsdl = generateWsdl('http://127.0.0.1:8081/VT_API.asmx', { without: ['GetLocations'] })
    const report = await runDoctor({ wsdlFile: wsdlFile('no-locations.wsdl', wsdl) })
    const off = report.features.filter((feature) => !feature.available)
    expect(off.map((feature) => [feature.feature, feature.missing])).toEqual([
      ['locationNames', ['GetLocations']],
    ])
    expect(formatDoctorReport(report)).toMatch(
      /off {4} {2}locationNames +GetLocations {2}\(optional; missing: GetLocations\)/,
    )
  })

  it('names a renamed list item, a nillable identifier and a missing identifier on the result side', async () => {
    const report = await runDoctor({ wsdlFile: wsdlFile('tampered-result.wsdl', tampered) })
    const enrolments = report.resultSide.find(
      (check) => check.operation === 'GetEnrolmentsForClient',
    )
    expect(enrolments?.lists).toContainEqual({
      path: 'ClieEnroList',
      wrapper: 'ClieEnroList',
      item: 'Enrolment',
      expectedItem: 'TClieEnro',
    })
    expect(enrolments?.findings.map((finding) => finding.message)).toContain(
      '`ClieEnroList` lists `Enrolment` items; the portal reads `TClieEnro`',
    )
    const employer = report.resultSide.find(
      (check) => check.operation === 'GetEnrolmentsForEmployer',
    )
    expect(employer?.findings.some((finding) => finding.message.includes('`Enrolment`'))).toBe(true)
    const contacts = report.resultSide.find(
      (check) => check.operation === 'GetEmployerContactDetails',
    )
    expect(contacts?.findings).toContainEqual({
      severity: 'error',
      message:
        '`ClieList/TEmplContact.Clie_Code` is required by the portal (TEmplContact is keyed on it) but not in the WSDL',
    })
    expect(report.resultSide.some((check) => check.operation === 'GetUnitsForContract')).toBe(false)

    const nillable = edited(
      good,
      /(<s:complexType name="TClieEnro"><s:sequence><s:element minOccurs="1" maxOccurs="1" name="ID")/,
      '$1 nillable="true"',
    )
    const onlyNillable = await runDoctor({ wsdlFile: wsdlFile('nillable.wsdl', nillable) })
    const check = onlyNillable.resultSide.find((c) => c.operation === 'GetEnrolmentsForClient')
    expect(check?.findings).toEqual([
      {
        severity: 'warning',
        message:
          '`ClieEnroList/TClieEnro.ID` is marked nillable; a record without it cannot be shown',
      },
    ])
    expect(formatDoctorReport(onlyNillable)).toContain(
      'GetEnrolmentsForClient: warning: `ClieEnroList/TClieEnro.ID` is marked nillable',
    )
  })

  it('reports every feature on and the result side clean for the simulator’s own WSDL', async () => {
    const report = await runDoctor({ wsdlFile: wsdlFile('good.wsdl', good) })
    expect(report.features.every((feature) => feature.available)).toBe(true)
    expect(report.resultSide.flatMap((check) => check.findings)).toEqual([])
    expect(report.ok).toBe(true)
  })
})

describe('the doctor signed in, against the simulator', () => {
  let sim: RunningSimulator
  beforeAll(async () => {
    sim = await startSimulator({
      port: 0,
      seed: 1,
      referenceDate: '2026-11-16',
      withoutOperations: ['GetAwardsForClient'],
    })
  })
  afterAll(() => sim.close())

  it('says per feature which operations the learner’s token may call', async () => {
    const report = await runDoctor({
      wsdlUrl: sim.wsdlUrl,
      username: 'demo.learner',
      password: 'Learner!2026',
    })
    const calls = (feature: string) =>
      report.features.find((candidate) => candidate.feature === feature)?.calls
    expect(calls('enrolments')).toEqual([
      { operation: 'GetEnrolmentsForClient', outcome: 'permitted', status: 1 },
      { operation: 'GetUnitsForEnrolmentIncludingLinked', outcome: 'permitted', status: 1 },
    ])
    expect(calls('certificates')).toEqual([
      { operation: 'GetAwardsForClient', outcome: 'not-offered' },
    ])
    // Employer reads are Protected: a learner's token may not call them.
    expect(calls('employees')?.[2]).toMatchObject({
      operation: 'GetEmployeesForEmployer',
      outcome: 'not-permitted',
    })
    expect(calls('passwordChange')?.[2]).toEqual({
      operation: 'UpdateClientUsernamePassword',
      outcome: 'not-called',
    })
    const text = formatDoctorReport(report)
    expect(text).toContain('GetEmployeesForEmployer: NOT PERMITTED (Status -1)')
    expect(text).toContain('UpdateClientUsernamePassword: not called (a write)')
    expect(text + JSON.stringify(report)).not.toContain('Learner!2026')
  })

  it('records each read anonymised: no real value survives, the structure is byte-identical', async () => {
    const dir = path.join(workDir, 'recording')
    const raw = new Map<string, string>()
    const report = await runDoctor({
      wsdlUrl: sim.wsdlUrl,
      username: 'demo.learner',
      password: 'Learner!2026',
      recordDir: dir,
      onRecord: (operation, envelope) => raw.set(operation, envelope),
    })
    const files = readdirSync(dir).sort()
    expect(files).toEqual([...(report.live?.recorded?.files ?? [])].sort())
    expect(files).toContain('GetClientDetails.xml')
    expect(files).toContain('GetUnitsForEnrolmentIncludingLinked.xml')
    expect(files).not.toContain('GetAwardsForClient.xml')

    const everything = [...raw.values()].join('\n')
    const valuesOf = (name: string) =>
      [...everything.matchAll(new RegExp(`<${name}>([^<]+)</${name}>`, 'g'))].map((m) =>
        unescapeXml(m[1] ?? ''),
      )
    const secrets = [
      'Charlotte',
      'Nguyen',
      'demo.learner@example.edu.au',
      'demo.learner',
      ...valuesOf('Token'),
      ...valuesOf('Clie_Code'),
      ...valuesOf('Clie_DOB'),
      ...valuesOf('Clie_MobilePhone'),
      ...valuesOf('Clie_RAddr'),
      ...valuesOf('USI'),
    ]
    expect(valuesOf('Token').length).toBeGreaterThan(0)
    expect(valuesOf('Clie_DOB').length).toBeGreaterThan(0)
    for (const file of files) {
      const operation = file.replace(/\.xml$/, '')
      const written = readFileSync(path.join(dir, file), 'utf8')
      const original = raw.get(operation) ?? ''
      expect(envelopeStructure(written), file).toBe(envelopeStructure(original))
      for (const secret of secrets) {
        expect(written, `${file} keeps ${secret}`).not.toContain(secret)
        expect(unescapeXml(written), `${file} keeps ${secret}`).not.toContain(secret)
      }
    }
    // The same real value has the same fake everywhere: the client code in the sign-in answer
    // (Identifier) is the one in the details answer (Clie_Code).
    const identifier = /<Identifier>([^<]+)</.exec(
      readFileSync(path.join(dir, 'ValidateClient.xml'), 'utf8'),
    )?.[1]
    const code = /<Clie_Code>([^<]+)</.exec(
      readFileSync(path.join(dir, 'GetClientDetails.xml'), 'utf8'),
    )?.[1]
    expect(identifier).toBeDefined()
    expect(identifier).toBe(code)
  })
})
