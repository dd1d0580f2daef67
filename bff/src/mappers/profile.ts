/**
 * @module
 * A client's VETtrak details → the profile the SPA shows.
 */
import * as Contracts from '@vettrak-portal/contracts'
import type { Profile } from '@vettrak-portal/contracts'
import type { ClientDetails } from '@vettrak-portal/vettrak-client'
import { contractFields } from './contract-fields.ts'

/** Keeps the date part of a local date-time. */
export const dateOnly = (value: string | undefined) => value?.slice(0, 10)

/**
 * The profile of a client; `askedFor` is the client code the details were read for, which stands
 * in should VETtrak's answer leave its own out.
 */
export function toProfile(details: ClientDetails, askedFor = ''): Profile {
  return contractFields(Contracts.ProfileSchema, details, {
    clientCode: details.clientCode || askedFor,
    dateOfBirth: dateOnly(details.dateOfBirth),
    residentialAddress: details.usualAddress,
  })
}
