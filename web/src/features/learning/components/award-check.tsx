import { useQuery } from '@tanstack/react-query'
import { toString as qrSvg } from 'qrcode'
import { Link } from 'react-router'
import { paths } from '../../../config/paths.ts'

/** Whose certificate it is, as printed on it. */
export interface AwardHolder {
  givenName: string
  surname: string
}

/** The QR code of `url` as an SVG data URL (no canvas needed, so it renders anywhere). */
function useQrCode(url: string) {
  return useQuery({
    queryKey: ['qr-code', url],
    queryFn: async () =>
      `data:image/svg+xml;utf8,${encodeURIComponent(
        await qrSvg(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      )}`,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  })
}

/**
 * A link and a QR code that open the public certificate check pre-filled with this certificate,
 * for the learner to give an employer.
 */
export function AwardCheck({
  holder,
  parchmentNumber,
  qualification,
}: {
  holder: AwardHolder
  parchmentNumber: string
  qualification: string
}) {
  const href = paths.verify.getHref({ ...holder, parchmentNumber })
  const url = new URL(href, window.location.origin).toString()
  const qr = useQrCode(url)
  return (
    <div className="space-y-2">
      <Link
        to={href}
        className="font-medium text-brand-800 underline underline-offset-2 focus-ring dark:text-brand-200"
      >
        Check link<span className="sr-only"> for {qualification}</span>
      </Link>
      <details>
        <summary className="cursor-pointer text-sm text-slate-700 focus-ring dark:text-slate-300">
          QR code<span className="sr-only"> for {qualification}</span>
        </summary>
        {qr.data ? (
          <img
            src={qr.data}
            alt={`QR code opening the certificate check for ${qualification}`}
            className="mt-2 size-40 rounded bg-white"
          />
        ) : null}
      </details>
    </div>
  )
}
