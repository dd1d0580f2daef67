/**
 * @module
 * The RTO's locations (GetLocations), from the catalogue: the names the portal shows for the
 * `Loca_Code` of enrolments and occurrences.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import type { SimStore } from '../data/store.ts'
import { LOCATIONS, type Location } from './catalogue.ts'

/** A catalogue location as VETtrak lists it. */
export function toLocationRecord(location: Location): Wire<'TLoca'> {
  const [number = '', ...street] = location.street.split(' ')
  return {
    Loca_Code: location.code,
    Loca_Name: location.name,
    Loca_Desc: location.name,
    Stat_ShortName: location.state,
    Loca_PCode: location.postcode,
    Loca_Suburb: location.suburb,
    Coun_Name: 'Australia',
    Loca_Active: 'Y',
    Address: {
      StreetNumber: number,
      StreetName: street.join(' '),
      City: location.suburb,
      State: location.state,
      Postcode: location.postcode,
    },
  }
}

/** Adds every catalogue location to the store. */
export function seedLocations(store: SimStore): void {
  for (const location of LOCATIONS) store.locations.set(location.code, toLocationRecord(location))
}
