/**
 * @module
 * Staff views: GetAccessibleClients (clients in the staff member's divisions and their descendants,
 * published only, optionally changed since a date), GetClientByCode, GetClientByEmail (Protected:
 * the service account's lookup) and GetEnrolmentsForStaff (enrolments starting in the range where
 * the staff member has a role).
 */
import { Status, type Wire } from '@vettrak-portal/vettrak-api'
import { within } from '../rules/date-range.ts'
import { Messages } from '../rules/statuses.ts'
import type { Handler, Handlers } from './context.ts'
import { failureResult } from './failure-result.ts'

export const getAccessibleClients: Handler<'GetAccessibleClients'> = ({
  request,
  caller,
  services,
}) => {
  const { store, directory } = services
  const divisions = directory.staffDivisions(request.clientCode)
  const clients: Wire<'TClie'>[] = []
  if (divisions.size > 0)
    for (const code of store.clientCodes) {
      const client = store.clients.get(code)
      if (client === undefined || !divisions.has(client.DivisionId)) continue
      if (store.unpublishedClients.has(code)) continue
      if (request.sinceDate !== null && directory.modifiedAt(code) < request.sinceDate) continue
      clients.push({
        Clie_Surname: client.Clie_Surname,
        Clie_Given: client.Clie_Given,
        Clie_Code: client.Clie_Code,
      })
    }
  return { Auth: caller.auth, ClieList: clients }
}

export const getClientByCode: Handler<'GetClientByCode'> = ({ request, caller, services }) => {
  const { store } = services
  const client = store.clients.get(request.sClie_Code)
  const hidden =
    store.unpublishedClients.has(request.sClie_Code) &&
    request.sClie_Code !== caller.account.clientCode
  if (client === undefined || hidden)
    return failureResult('GetClientByCode', Status.NoRecords, Messages.clientNotFound)
  return {
    Auth: caller.auth,
    Clie: {
      Clie_Surname: client.Clie_Surname,
      Clie_Given: client.Clie_Given,
      Clie_Code: client.Clie_Code,
    },
  }
}

/**
 * The one client whose `Clie_Email` equals the address, ignoring case. None or several is -4
 * (VETtrak documents: "No match or more than one match gives an error in Auth"). Publication is
 * not considered: the documented caller is an API-permitted account, like GetClientByName's,
 * which VETtrak documents as finding clients "whether or not web-published" (defined here).
 */
export const getClientByEmail: Handler<'GetClientByEmail'> = ({ request, caller, services }) => {
  const { store } = services
  const wanted = request.emailAddress.toLowerCase()
  const matches: Wire<'TClieDetail'>[] = []
  // A scan rather than an index, so a test that edits a client's email sees the change.
  if (wanted !== '')
    for (const client of store.clients.values())
      if (client.Clie_Email?.toLowerCase() === wanted) matches.push(client)
  const [client] = matches
  if (client === undefined)
    return failureResult('GetClientByEmail', Status.NoRecords, Messages.clientNotFound)
  if (matches.length > 1)
    return failureResult('GetClientByEmail', Status.NoRecords, Messages.emailNotUnique)
  return {
    Auth: caller.auth,
    Clie: {
      Clie_Surname: client.Clie_Surname,
      Clie_Given: client.Clie_Given,
      Clie_Code: client.Clie_Code,
    },
  }
}

export const getEnrolmentsForStaff: Handler<'GetEnrolmentsForStaff'> = ({
  request,
  caller,
  services,
}) => {
  if (request.xsdStart > request.xsdEnd)
    return failureResult('GetEnrolmentsForStaff', Status.Error, Messages.startAfterEnd)
  const { store, directory } = services
  const found: Wire<'TEnroStaff'>[] = []
  for (const [id, roleName] of store.staffEnrolmentRoles.get(request.sClie_Code) ?? []) {
    const enrolment = store.enrolments.get(id)
    if (enrolment === undefined || !within(enrolment.StartDate, request.xsdStart, request.xsdEnd))
      continue
    const owner = enrolment.Clie_Code ?? directory.enrolmentOwner(id)
    if (owner !== undefined && store.unpublishedClients.has(owner)) continue
    found.push({ ...enrolment, RoleName: roleName })
  }
  return { Auth: caller.auth, EnroStaffList: found }
}

/** The handlers of this area by operation; `dispatch.ts` joins every area's. */
export const staffHandlers = {
  GetAccessibleClients: getAccessibleClients,
  GetClientByCode: getClientByCode,
  GetClientByEmail: getClientByEmail,
  GetEnrolmentsForStaff: getEnrolmentsForStaff,
} satisfies Handlers
