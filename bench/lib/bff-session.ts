/**
 * @module
 * Signing in to the BFF as a browser would (same-origin JSON POST) and keeping the cookie.
 */
import http from 'node:http'

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

export interface SignedIn {
  /** The `Cookie` header value to send. */
  cookie: string
  status: number
}

/** POSTs `/api/session`; the cookie is empty when the sign-in failed. */
export async function signInToBff(
  url: string,
  username: string,
  password: string,
): Promise<SignedIn> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: url,
      'sec-fetch-site': 'same-origin',
    },
    body: JSON.stringify({ username, password }),
  })
  await response.arrayBuffer()
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .filter((pair) => pair && !pair.endsWith('='))
    .join('; ')
  return { cookie, status: response.status }
}

/**
 * GETs `path` with the cookie, accepting gzip as a browser does (or `acceptEncoding`); resolves
 * with the status and the bytes on the wire (fetch would decompress them first, hence node:http).
 */
export function getWithCookie(url: string, path: string, cookie: string, acceptEncoding = 'gzip') {
  return new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    const request = http.get(
      url + path,
      { agent, headers: { cookie, 'accept-encoding': acceptEncoding } },
      (response) => {
        let bytes = 0
        response.on('data', (chunk: Buffer) => (bytes += chunk.length))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
  })
}

/** Frees the keep-alive sockets of `getWithCookie`. */
export const closeBffAgent = () => agent.destroy()

/** Makes the first employer of the session the active one; resolves with the new cookie. */
export async function chooseFirstEmployer(url: string, cookie: string): Promise<string> {
  const session = (await (await fetch(`${url}/api/session`, { headers: { cookie } })).json()) as {
    employers: Array<{ id: string }>
  }
  const employerId = session.employers[0]?.id
  if (!employerId) return cookie
  const response = await fetch(`${url}/api/session/employer`, {
    method: 'PUT',
    headers: {
      cookie,
      'content-type': 'application/json',
      origin: url,
      'sec-fetch-site': 'same-origin',
    },
    body: JSON.stringify({ employerId }),
  })
  await response.arrayBuffer()
  const next = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .filter((pair) => pair && !pair.endsWith('='))
    .join('; ')
  return next || cookie
}
