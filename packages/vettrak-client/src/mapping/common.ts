/**
 * @module
 * Mapping shared by every area: dates, addresses and client summaries.
 */
import type { Read } from '@vettrak-portal/vettrak-api'
import type { Address, LocalDateTime } from '@vettrak-portal/contracts'
import type { Client, LocalDateInput, Location } from '../schemas/common.ts'

/** .NET's `DateTime.MinValue`: VETtrak's way of saying "no date". */
const NO_DATE = '0001-01-01T00:00:00'

/** A wire date-time as a domain date: "no date" and nil become `undefined`. */
export function fromWireDate(value: string | null | undefined): LocalDateTime | undefined {
  return value === null || value === undefined || value === NO_DATE ? undefined : value
}

/** A domain date input as a wire date-time (a bare date means its midnight). */
export function toWireDate(value: LocalDateInput): string {
  return value.length === 10 ? `${value}T00:00:00` : value
}

/** A value member that may be absent or nil (see `Read` in vettrak-api) as an optional value. */
export const fromNullable = <T>(value: T | null | undefined): T | undefined => value ?? undefined

/** A TAddress. */
export function toAddress(w: Read<'TAddress'> | undefined): Address | undefined {
  if (!w) return undefined
  return {
    building: w.Building,
    unitDetails: w.UnitDetails,
    streetNumber: w.StreetNumber,
    streetName: w.StreetName,
    poBox: w.POBox,
    city: w.City,
    state: w.State,
    postcode: w.Postcode,
  }
}

/** A TClie. */
export function toClient(
  w: Pick<Read<'TClie'>, 'Clie_Surname' | 'Clie_Given'> & { Clie_Code?: string },
): Client {
  return { clientCode: w.Clie_Code ?? '', givenName: w.Clie_Given, surname: w.Clie_Surname }
}

/** A TLoca. */
export function toLocation(w: Read<'TLoca'>): Location {
  return {
    code: w.Loca_Code,
    name: w.Loca_Name,
    suburb: w.Loca_Suburb ?? w.Address?.City,
    state: w.Stat_ShortName ?? w.Address?.State,
  }
}
