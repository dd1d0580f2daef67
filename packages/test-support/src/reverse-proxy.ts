/**
 * A real TLS-terminating reverse proxy in front of the BFF for tests: Caddy, with its own internal
 * certificate authority, forwarding its *upstream's* host (as nginx does by default), so the BFF
 * sees `Host: 127.0.0.1:<port>` while the browser is on HTTPS. Absent Caddy, `startCaddy` says so.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import { tmpdir } from 'node:os'
import { connect } from 'node:tls'
import { join } from 'node:path'

export const CADDY = '/usr/bin/caddy'
export const caddyMissing = !existsSync(CADDY)

/** Whether a TLS handshake with `127.0.0.1:port` succeeds. */
export function handshakes(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Starts Caddy on `https://127.0.0.1:port`, proxying to `upstream` (host:port). */
export async function startCaddy(port: number, upstream: string) {
  const dir = mkdtempSync(join(tmpdir(), 'vtp-caddy-'))
  const caddyfile = join(dir, 'Caddyfile')
  writeFileSync(
    caddyfile,
    `{
	admin off
	skip_install_trust
	auto_https disable_redirects
	default_sni 127.0.0.1
	storage file_system ${join(dir, 'data')}
}
https://127.0.0.1:${port} {
	tls internal
	reverse_proxy ${upstream} {
		header_up Host {upstream_hostport}
	}
}
`,
  )
  const child = spawn(CADDY, ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      // Listening is not enough: the internal CA issues the certificate just after.
      if (log.includes('certificate obtained successfully')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`caddy exited (${code}):\n${log}`)))
  })
  // ...and puts it to use a moment after saying so: ready once a handshake succeeds.
  for (let attempt = 1; !(await handshakes(port)); attempt++) {
    if (attempt === 100) throw new Error(`caddy never completed a TLS handshake:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return {
    origin: `https://127.0.0.1:${port}`,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface ProxiedResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  json: unknown
}

/**
 * A request through the proxy from `localAddress` (any 127.x.y.z: each is another client to the
 * proxy). Caddy's certificate comes from its own test CA, so it is not verified here.
 */
export function throughProxy(
  origin: string,
  method: string,
  path: string,
  init: {
    json?: unknown
    cookie?: string
    localAddress?: string
    headers?: Record<string, string>
    /** Send `Origin` as a browser would (default); a script may not. */
    sendOrigin?: boolean
  },
): Promise<ProxiedResponse> {
  const body = init.json === undefined ? undefined : JSON.stringify(init.json)
  const url = new URL(path, origin)
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: url.pathname + url.search,
        rejectUnauthorized: false,
        localAddress: init.localAddress,
        agent: false,
        headers: {
          ...(init.sendOrigin === false ? {} : { origin }),
          'sec-fetch-site': 'same-origin',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(init.cookie ? { cookie: init.cookie } : {}),
          ...init.headers,
        },
      },
      (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            json:
              text && /json/.test(String(response.headers['content-type']))
                ? JSON.parse(text)
                : undefined,
          }),
        )
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}
