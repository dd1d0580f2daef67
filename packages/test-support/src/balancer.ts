/**
 * The deployment's own Caddyfile (`deploy/Caddyfile`) run by the real Caddy in front of BFF
 * instances on loopback: its address, upstreams and TLS come from the environment variables the
 * file reads, with Caddy's internal CA for the certificate and everything else as deployed.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from './free-port.ts'
import { CADDY, handshakes } from './reverse-proxy.ts'

export const DEPLOY_CADDYFILE = fileURLToPath(new URL('../../../deploy/Caddyfile', import.meta.url))

/** Starts Caddy with `deploy/Caddyfile` on `https://127.0.0.1:<port>`, balancing `upstreams`. */
export async function startBalancer(upstreams: readonly string[], port?: number) {
  const listen = port ?? (await freePort())
  const dir = mkdtempSync(join(tmpdir(), 'vtp-balancer-'))
  const child = spawn(CADDY, ['run', '--config', DEPLOY_CADDYFILE, '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      HOME: dir,
      XDG_DATA_HOME: dir,
      XDG_CONFIG_HOME: dir,
      PORTAL_ADDRESS: `https://127.0.0.1:${listen}`,
      PORTAL_UPSTREAMS: upstreams.join(' '),
      PORTAL_TLS: 'tls internal',
      CADDY_GLOBAL_OPTIONS: [
        'admin off',
        'skip_install_trust',
        'auto_https disable_redirects',
        'default_sni 127.0.0.1',
        `storage file_system ${join(dir, 'data')}`,
      ].join('\n'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      if (log.includes('certificate obtained successfully')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`caddy exited (${code}):\n${log}`)))
  })
  for (let attempt = 1; !(await handshakes(listen)); attempt++) {
    if (attempt === 100) throw new Error(`caddy never completed a TLS handshake:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return {
    origin: `https://127.0.0.1:${listen}`,
    /** Caddy's own log so far (its access log is JSON lines). */
    log: () => log,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export type Balancer = Awaited<ReturnType<typeof startBalancer>>
