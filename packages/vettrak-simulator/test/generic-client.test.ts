// A generic SOAP client (node-soap, reading the simulator's own WSDL) is the point of this test.
import { operationNames, type OperationName } from '@vettrak-portal/vettrak-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type RunningSimulator } from '../src/index.ts'
import { DEMO_CAST as CAST, DEMO_REFERENCE_DATE } from './helpers/demo-cast.ts'
import { everyOperation, type Who } from './helpers/every-operation.ts'
import { createWsdlClient, signInCast, type AsyncMethod } from './helpers/wsdl-client.ts'

let sim: RunningSimulator
let method: (name: OperationName) => AsyncMethod
let tokens: Map<Who, string>

beforeAll(async () => {
  sim = await startSimulator({ port: 0, referenceDate: DEMO_REFERENCE_DATE })
  method = (await createWsdlClient(sim.wsdlUrl)).method
  tokens = await signInCast(method, CAST)
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
