/**
 * @module
 * A client as VETtrak lists them for staff → the summary the search shows.
 */
import type { ClientSummary } from '@vettrak-portal/contracts'
import type { Client } from '@vettrak-portal/vettrak-client'

/** A client in search results. */
export function toClientSummary(client: Client): ClientSummary {
  return { clientCode: client.clientCode, givenName: client.givenName, surname: client.surname }
}
