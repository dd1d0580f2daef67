/**
 * @module
 * A client as VETtrak lists them for staff → the summary the search shows.
 */
import * as Contracts from '@vettrak-portal/contracts'
import type { ClientSummary } from '@vettrak-portal/contracts'
import type { Client } from '@vettrak-portal/vettrak-client'
import { contractFields } from './contract-fields.ts'

/** A client in search results. */
export function toClientSummary(client: Client): ClientSummary {
  return contractFields(Contracts.ClientSummarySchema, client)
}
