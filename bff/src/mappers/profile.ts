/**
 * @module
 * A client's VETtrak details → the profile the SPA shows.
 */
import type { Profile } from '@vettrak-portal/contracts'
import type { ClientDetails } from '@vettrak-portal/vettrak-client'

/** Keeps the date part of a local date-time. */
export const dateOnly = (value: string | undefined) => value?.slice(0, 10)

/** The profile of a client. */
export function toProfile(details: ClientDetails): Profile {
  return {
    clientCode: details.clientCode,
    title: details.title,
    givenName: details.givenName,
    otherName: details.otherName,
    surname: details.surname,
    username: details.username,
    email: details.email,
    dateOfBirth: dateOnly(details.dateOfBirth),
    homePhone: details.homePhone,
    workPhone: details.workPhone,
    mobilePhone: details.mobilePhone,
    residentialAddress: details.usualAddress,
    postalAddress: details.postalAddress,
    usi: details.usi,
    isStaff: details.isStaff,
  }
}
