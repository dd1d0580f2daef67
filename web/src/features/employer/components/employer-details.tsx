import type { Address, EmployerDetails } from '@vettrak-portal/contracts'
import type { ReactNode } from 'react'

const linkClass =
  'text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-200'

function formatAddress(address: Address | undefined): string | undefined {
  if (!address) return undefined
  const street = [address.unitDetails, address.streetNumber, address.streetName]
    .filter(Boolean)
    .join(' ')
  const lines = [
    address.building,
    address.poBox ? `PO Box ${address.poBox}` : undefined,
    street,
    [address.city, address.state, address.postcode].filter(Boolean).join(' '),
  ].filter(Boolean)
  return lines.length > 0 ? lines.join(', ') : undefined
}

/** The employer's (or site's) name, ABN, how to reach it and where it is. */
export function EmployerDetailsList({ details }: { details: EmployerDetails }) {
  const rows: Array<[string, ReactNode]> = []
  if (details.legalName && details.legalName !== details.name)
    rows.push(['Legal name', details.legalName])
  if (details.abn) rows.push(['ABN', details.abn])
  if (details.parentName) rows.push(['Part of', details.parentName])
  if (details.phone)
    rows.push([
      'Phone',
      <a key="phone" className={linkClass} href={`tel:${details.phone.replace(/\s+/g, '')}`}>
        {details.phone}
      </a>,
    ])
  if (details.email)
    rows.push([
      'Email',
      <a key="email" className={`${linkClass} break-all`} href={`mailto:${details.email}`}>
        {details.email}
      </a>,
    ])
  if (details.website) {
    const href = /^https?:\/\//i.test(details.website)
      ? details.website
      : `https://${details.website}`
    rows.push([
      'Website',
      <a
        key="web"
        className={`${linkClass} break-all`}
        href={href}
        rel="noreferrer"
        target="_blank"
      >
        {details.website}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>,
    ])
  }
  const business = formatAddress(details.businessAddress)
  const postal = formatAddress(details.postalAddress)
  if (business) rows.push(['Business address', business])
  if (postal && postal !== business) rows.push(['Postal address', postal])

  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-300">{term}</dt>
          <dd className="-mt-2 text-slate-900 sm:mt-0 dark:text-slate-100">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
