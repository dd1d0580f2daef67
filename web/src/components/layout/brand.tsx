import type { Brand } from '@vettrak-portal/contracts'
import { createContext, useContext, type ReactNode } from 'react'
import { env } from '../../config/env.ts'

/** The portal's own brand, until `/api/meta` names the RTO's. */
export const defaultBrand: Brand = { name: env.APP_NAME, primaryColour: '#0f766e' }

const BrandContext = createContext<Brand>(defaultBrand)

/** Gives the pages below the RTO's brand (`app/brand-provider.tsx` reads it from `/api/meta`). */
export const BrandContextProvider = BrandContext.Provider

/** The RTO's brand: its name, logo and how to reach it. */
export function useBrand(): Brand {
  return useContext(BrandContext)
}

const linkClass = 'font-medium text-brand-800 underline focus-ring dark:text-brand-200'

/** The RTO's support email and phone and privacy-policy link, where it has set them. */
export function BrandContact({ brand }: { brand: Brand }) {
  const { supportEmail, supportPhone, privacyPolicyUrl } = brand
  if (!supportEmail && !supportPhone && !privacyPolicyUrl) return null
  return (
    <ul
      aria-label={`Contact ${brand.name}`}
      className="flex flex-wrap justify-center gap-x-4 gap-y-1"
    >
      {supportEmail ? (
        <li>
          Help:{' '}
          <a className={linkClass} href={`mailto:${supportEmail}`}>
            {supportEmail}
          </a>
        </li>
      ) : null}
      {supportPhone ? (
        <li>
          Phone:{' '}
          <a className={linkClass} href={`tel:${supportPhone.replace(/[^0-9+]/g, '')}`}>
            {supportPhone}
          </a>
        </li>
      ) : null}
      {privacyPolicyUrl ? (
        <li>
          <a className={linkClass} href={privacyPolicyUrl}>
            Privacy policy
          </a>
        </li>
      ) : null}
    </ul>
  )
}

/** The RTO's logo, else `fallback` (the portal's mark); decorative beside the name. */
export function BrandMark({
  brand,
  fallback,
  className,
}: {
  brand: Brand
  fallback: ReactNode
  className: string
}) {
  return brand.logoUrl ? (
    <img src={brand.logoUrl} alt="" className={`${className} w-auto object-contain`} />
  ) : (
    fallback
  )
}
