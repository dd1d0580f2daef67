// A generic SOAP client (node-soap, reading the simulator's own WSDL) is the point of this test;
// the lint rule that keeps `soap` inside vettrak-client is about application code.
// eslint-disable-next-line no-restricted-imports
import { createClientAsync, type Client } from 'soap'
import { operationNames, type OperationName } from '@vettrak-portal/vettrak-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../src/index.ts'
import { DEMO_CAST as CAST, DEMO_REFERENCE_DATE } from './helpers/demo-cast.ts'
import { everyOperation, type Who } from './helpers/every-operation.ts'

type AsyncMethod = (args: unknown) => Promise<[Record<string, unknown>, string]>

let sim: RunningSimulator
let client: Client
const tokens = new Map<Who, string>()

function method(name: OperationName): AsyncMethod {
  const found = (client as unknown as Record<string, AsyncMethod | undefined>)[`${name}Async`]
  if (found === undefined) throw new Error(`the WSDL client has no ${name}`)
  return found.bind(client)
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, referenceDate: DEMO_REFERENCE_DATE })
  client = await createClientAsync(sim.wsdlUrl)
  const people = { learner: CAST.learner, staff: CAST.staff, service: CAST.service } as const
  for (const [who, person] of Object.entries(people)) {
    const [result] = await method('ValidateClient')({
      sUsername: person.username,
      sPassword: person.password,
    })
    const auth = result.ValidateClientResult as { Token: string }
    tokens.set(who as Who, auth.Token)
  }
})
afterAll(() => sim.close())

describe('a generic SOAP client built from the WSDL, with the demo accounts', () => {
  const calls = everyOperation(CAST)
  it.each(operationNames)('calls %s and gets Status 1 with its payload', async (name) => {
    const call = calls[name]
    const [result, raw] = await method(name)(call.args(tokens.get(call.who) ?? ''))
    const body = result[`${name}Result`] as Record<string, unknown>
    const auth = (body.Auth ?? body) as { Status: number | string }
    expect(String(auth.Status), raw).toBe('1')
    if (call.payload !== undefined) expect(body[call.payload], raw).toBeTruthy()
  })
})
