// The golden requests are what a generic client (node-soap, from the WSDL) sends.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { operationNames, type OperationName } from '@vettrak-portal/vettrak-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../src/simulator.ts'
import { escapeText } from '../src/soap/xml-escape.ts'
import { contractProblems } from './helpers/contract-check.ts'
import { everyOperation, type Who } from './helpers/every-operation.ts'
import { CAST } from './helpers/small-store.ts'
import { startSmall } from './helpers/start-small.ts'
import { createWsdlClient, signInCast, type AsyncMethod } from './helpers/wsdl-client.ts'

/** `UPDATE_GOLDEN=1` rewrites the files; review the diff against the contract before committing. */
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const GOLDEN = join(import.meta.dirname, 'golden')

let sim: RunningSimulator
let lastRequest: () => string | undefined
let method: (name: OperationName) => AsyncMethod
let tokens: Map<Who, string>

/** Replaces the (random) token, however it is escaped, and the port, with fixed text. */
function normalise(xml: string): string {
  return xml
    .replace(/<(sToken|token|Token)>[^<]*<\/\1>/g, '<$1>[TOKEN]</$1>')
    .replace(/<(tns:)?(sToken|token)>[^<]*<\/\1\2>/g, '<$1$2>[TOKEN]</$1$2>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:[PORT]')
}

/** Pretty-prints one element per line so a failing diff is readable. */
const lines = (xml: string) => xml.replace(/></g, '>\n<')

beforeAll(async () => {
  sim = await startSmall()
  ;({ lastRequest, method } = await createWsdlClient(sim.wsdlUrl))
  tokens = await signInCast(method, CAST)
})
afterAll(() => sim.close())

describe('golden envelopes', () => {
  const calls = everyOperation(CAST)
  it.each(operationNames)(
    '%s: the request and response match the contract and the golden files',
    async (name: OperationName) => {
      const call = calls[name]
      const token = tokens.get(call.who) ?? ''
      const [, rawResponse] = await method(name)(call.args(token))
      const rawRequest = lastRequest() ?? ''
      expect(contractProblems(name, rawResponse)).toEqual([])
      if (call.who !== 'none') expect(rawResponse).toContain(`<Token>${escapeText(token)}</Token>`)
      const folder = join(GOLDEN, name)
      const request = lines(normalise(rawRequest))
      const response = lines(normalise(rawResponse))
      if (UPDATE || !existsSync(join(folder, 'response.xml'))) {
        if (!UPDATE)
          throw new Error(`no golden files for ${name}: run with UPDATE_GOLDEN=1 and review them`)
        mkdirSync(folder, { recursive: true })
        writeFileSync(join(folder, 'request.xml'), `${request}\n`)
        writeFileSync(join(folder, 'response.xml'), `${response}\n`)
      }
      expect(request).toBe(readFileSync(join(folder, 'request.xml'), 'utf8').trimEnd())
      expect(response).toBe(readFileSync(join(folder, 'response.xml'), 'utf8').trimEnd())
    },
  )
})

describe('the contract check', () => {
  it('catches a one-place decimal, a zoned date, a missing value type and elements out of order', () => {
    const xml = readFileSync(
      join(GOLDEN, 'GetEnrolmentsForClient', 'response.xml'),
      'utf8',
    ).replace(/\n/g, '')
    const broken = xml
      .replace('<Amount>1650.00</Amount>', '<Amount>1650.0</Amount>')
      .replace(
        '<StartDate>2026-02-02T00:00:00</StartDate>',
        '<StartDate>2026-02-02T00:00:00Z</StartDate>',
      )
      .replace(/<StatusType>0<\/StatusType>/, '')
      .replace(
        '<Token>[TOKEN]</Token><Status>1</Status>',
        '<Status>1</Status><Token>[TOKEN]</Token>',
      )
    expect(contractProblems('GetEnrolmentsForClient', xml)).toEqual([])
    expect(contractProblems('GetEnrolmentsForClient', broken)).toHaveLength(4)
  })
})
