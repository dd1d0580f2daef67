import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CliError, parseCliArgs } from '../src/cli-args.ts'
import type { RunningSimulator } from '../src/simulator.ts'
import { post, requestXml } from './helpers/soap-call.ts'
import { startSmall } from './helpers/start-small.ts'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSmall({ withoutOperations: ['GetAwardsForClient', 'GetEventsForEmployer'] })
})
afterAll(() => sim.close())

describe('a simulator that does not offer some operations', () => {
  it('leaves them out of its WSDL and its service page, and keeps the rest', async () => {
    const wsdl = await (await fetch(sim.wsdlUrl)).text()
    expect(wsdl).not.toContain('GetAwardsForClient')
    expect(wsdl).not.toContain('GetEventsForEmployer')
    expect(wsdl).toContain('<wsdl:operation name="GetEventsForClient">')
    const page = await (await fetch(sim.endpoint)).text()
    expect(page).not.toContain('GetAwardsForClient')
    expect(page).toContain('GetEnrolmentsForClient')
  })

  it('answers a call to one as ASMX answers an operation it does not know', async () => {
    const answer = await post(
      sim.endpoint,
      requestXml('GetAwardsForClient', { token: 'x', clientCode: 'c' }),
      { 'Content-Type': 'text/xml; charset=utf-8' },
    )
    expect(answer.status).toBe(500)
    expect(answer.text).toContain("Server did not recognize the operation 'GetAwardsForClient'.")
  })

  it('is asked for on the command line, one operation per flag', () => {
    expect(
      parseCliArgs([
        '--without-operation',
        'GetAwardsForClient',
        '--without-operation',
        'GetEmployerTree',
      ]),
    ).toEqual({
      help: false,
      options: { withoutOperations: ['GetAwardsForClient', 'GetEmployerTree'] },
    })
    expect(() => parseCliArgs(['--without-operation', 'GetNothing'])).toThrow(CliError)
  })
})
