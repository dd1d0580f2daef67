import type { Address, Profile } from '@vettrak-portal/contracts'
import { formatDate } from '../../../lib/format.ts'

/** A person's details from VETtrak as a definition list; missing ones are left out. */
export function ProfileDetails({ profile }: { profile: Profile }) {
  const name = [profile.title, profile.givenName, profile.otherName, profile.surname]
    .filter(Boolean)
    .join(' ')
  const residential = formatAddress(profile.residentialAddress)
  const postal = formatAddress(profile.postalAddress)
  const rows: Array<[string, string | undefined, string?]> = [
    ['Name', name || undefined],
    ['Username', profile.username],
    ['Email', profile.email],
    ['Date of birth', profile.dateOfBirth ? formatDate(profile.dateOfBirth) : undefined],
    ['Mobile phone', profile.mobilePhone],
    ['Home phone', profile.homePhone],
    ['Work phone', profile.workPhone],
    ['Residential address', residential],
    ['Postal address', postal && postal !== residential ? postal : undefined],
    ['Unique Student Identifier (USI)', profile.usi, 'font-mono'],
    ['Client code', profile.clientCode, 'font-mono'],
  ]
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {rows
        .filter(([, value]) => value)
        .map(([label, value, className]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700 dark:text-slate-300">{label}</dt>
            <dd className={`mb-2 min-w-0 break-words sm:mb-0 ${className ?? ''}`}>{value}</dd>
          </div>
        ))}
    </dl>
  )
}

/** `Unit 3, 12 King Street, Newtown NSW 2042`. */
export function formatAddress(address: Address | undefined): string | undefined {
  if (!address) return undefined
  const street = [address.streetNumber, address.streetName].filter(Boolean).join(' ')
  const place = [address.city, address.state, address.postcode].filter(Boolean).join(' ')
  const parts = [
    address.building,
    address.unitDetails,
    address.poBox ? `PO Box ${address.poBox}` : undefined,
    street,
    place,
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : undefined
}
