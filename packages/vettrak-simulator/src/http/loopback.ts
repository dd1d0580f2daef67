/**
 * @module
 * Whether a socket's remote address is loopback (127.0.0.0/8, ::1, or IPv4-mapped 127.x): the
 * control endpoint answers only those.
 */

/** True for loopback addresses. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false
  const ip = address.toLowerCase()
  if (ip === '::1' || ip === '0:0:0:0:0:0:0:1') return true
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip
  const octets = v4.split('.')
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  )
}
