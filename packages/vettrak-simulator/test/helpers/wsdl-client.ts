/**
 * @module
 * A generic SOAP client (node-soap, built from the simulator's own WSDL) for the tests that are
 * about what such a client sends and gets: its methods by operation, and the cast signed in.
 */
// The lint rule that keeps `soap` inside vettrak-client is about application code.
// eslint-disable-next-line no-restricted-imports
import { createClientAsync } from 'soap'
import type { OperationName } from '@vettrak-portal/vettrak-api'
import type { Cast, Who } from './every-operation.ts'

/** A node-soap `<Op>Async` method: resolves with the parsed result and the raw response. */
export type AsyncMethod = (args: unknown) => Promise<[Record<string, unknown>, string]>

/**
 * A node-soap client for `wsdlUrl`: `method` gives the async method of an operation, `lastRequest`
 * the envelope it last sent.
 */
export async function createWsdlClient(wsdlUrl: string) {
  const client = await createClientAsync(wsdlUrl)
  const method = (name: OperationName): AsyncMethod => {
    const found = (client as unknown as Record<string, AsyncMethod | undefined>)[`${name}Async`]
    if (found === undefined) throw new Error(`the WSDL client has no ${name}`)
    return found.bind(client)
  }
  return { method, lastRequest: (): string | undefined => client.lastRequest }
}

/** Signs the cast's learner, staff member and service account in; their tokens by who they are. */
export async function signInCast(
  method: (name: OperationName) => AsyncMethod,
  cast: Cast,
): Promise<Map<Who, string>> {
  const tokens = new Map<Who, string>()
  const people = { learner: cast.learner, staff: cast.staff, service: cast.service } as const
  for (const [who, person] of Object.entries(people)) {
    const [result] = await method('ValidateClient')({
      sUsername: person.username,
      sPassword: person.password,
    })
    tokens.set(who as Who, (result.ValidateClientResult as { Token: string }).Token)
  }
  return tokens
}
