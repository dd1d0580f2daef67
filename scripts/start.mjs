// `pnpm start`: the whole portal with one command. Builds the SPA when it is missing or older than
// its sources, starts the VETtrak simulator (unless VETTRAK_WSDL_URL names a real VETtrak) and the
// BFF on loopback, prints where everything is, and stops both on Ctrl-C.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const env = process.env
const host = env.HOST ?? '127.0.0.1'
const port = Number(env.PORT ?? 8080)
const simPort = Number(env.SIM_PORT ?? 8081)
const externalVettrak = env.VETTRAK_WSDL_URL
const children = new Set()
let stopping = false

function fail(message) {
  console.error(`\npnpm start: ${message}`)
  stop(1)
}

/** The newest modification time under `path` (files and folders, recursively). */
function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

/** Builds `web/` when it has a build script and its build is missing or stale; the dist or undefined. */
function builtSpa() {
  const web = join(root, 'web')
  const manifest = join(web, 'package.json')
  const index = join(web, 'dist', 'index.html')
  if (!existsSync(manifest)) return undefined
  const { name, scripts = {} } = JSON.parse(readFileSync(manifest, 'utf8'))
  if (scripts.build) {
    const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0
    const sources = [web, join(root, 'packages', 'contracts', 'src')]
    if (Math.max(...sources.map(newestMtime)) > builtAt) {
      console.log(`Building the SPA (${name})…`)
      try {
        execFileSync(
          join(root, 'node_modules', '.bin', 'pnpm'),
          ['--filter', name, 'run', 'build'],
          { cwd: root, stdio: 'inherit' },
        )
      } catch {
        console.warn(
          existsSync(index)
            ? '\nThe SPA did not build (see above): serving the previous build.\n'
            : '\nThe SPA did not build (see above): the BFF serves the API only.\n',
        )
      }
    }
  }
  return existsSync(index) ? join(web, 'dist') : undefined
}

/** Runs a TypeScript entry point with tsx as a child process. */
function run(name, script, args, childEnv, output = 'inherit') {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', output, 'inherit'],
  })
  children.add(child)
  child.on('exit', (code, signal) => {
    children.delete(child)
    // Ctrl-C reaches the children too; one that stopped cleanly first is no failure.
    if (!stopping && code === 0) stop(0)
    else if (!stopping) fail(`the ${name} stopped unexpectedly (${signal ?? `exit code ${code}`})`)
    else if (children.size === 0) process.exit(process.exitCode ?? 0)
  })
  return child
}

/** Starts the simulator; resolves with its demo-accounts table once it listens. */
function startSimulator() {
  const sim = run(
    'simulator',
    'packages/vettrak-simulator/src/cli.ts',
    ['--host', '127.0.0.1', '--port', String(simPort)],
    env,
    'pipe',
  )
  let output = ''
  return new Promise((resolve) => {
    sim.stdout.on('data', (chunk) => {
      output += chunk
      const at = output.indexOf('Demo accounts:')
      if (at !== -1) resolve(output.slice(at).trimEnd())
    })
  })
}

async function waitForHealth(url) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (stopping) return
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  fail(`the BFF did not answer ${url} within 30 seconds`)
}

function stop(code = 0) {
  if (stopping) return
  stopping = true
  process.exitCode = code
  if (children.size === 0) process.exit(code)
  for (const child of children) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 8_000).unref()
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

const dist = env.WEB_DIST_DIR ?? builtSpa()
let wsdlUrl = externalVettrak
let accounts = ''
if (!externalVettrak) {
  accounts = await startSimulator()
  wsdlUrl = `http://127.0.0.1:${simPort}/VT_API.asmx?WSDL`
}
/** The sample RTO's `BRAND_*` settings (scripts/sample-brand), file names made absolute. */
function sampleBrand() {
  const folder = join(root, 'scripts', 'sample-brand')
  const settings = JSON.parse(readFileSync(join(folder, 'brand.json'), 'utf8'))
  for (const key of ['BRAND_LOGO_FILE', 'BRAND_FAVICON_FILE'])
    settings[key] = join(folder, settings[key])
  return settings
}
// The demo shows what an RTO's own brand looks like, unless a brand is configured.
const branded = Object.keys(env).some((key) => key.startsWith('BRAND_'))

run('BFF', 'bff/src/main.ts', [], {
  ...(externalVettrak || branded ? {} : sampleBrand()),
  ...env,
  HOST: host,
  PORT: String(port),
  VETTRAK_WSDL_URL: wsdlUrl,
  LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
  // Against the simulator the sign-in page may list the demo accounts (on any SIM_PORT).
  ...(externalVettrak ? {} : { DEMO_MODE: env.DEMO_MODE ?? 'true' }),
  ...(dist ? { WEB_DIST_DIR: dist } : {}),
  // Calendar feeds (and the brand file) outlive a restart of the demo.
  DATA_DIR: env.DATA_DIR ?? join(root, '.data'),
})
const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
await waitForHealth(`${origin}/healthz`)
if (!stopping)
  console.log(
    [
      '',
      'vettrak-portal is running',
      dist
        ? `  Portal     ${origin}/`
        : `  Portal     (no SPA built yet: the BFF serves the API only at ${origin}/api)`,
      `  API docs   ${origin}/api/docs  (OpenAPI: ${origin}/api/openapi.json)`,
      `  Health     ${origin}/healthz, ${origin}/readyz`,
      externalVettrak
        ? `  VETtrak    ${externalVettrak}`
        : `  VETtrak    the simulator, ${wsdlUrl}`,
      env.LOG_LEVEL ? '' : '  BFF logs   warnings only (LOG_LEVEL=info logs every request)',
      '',
      accounts,
      '',
      'Press Ctrl-C to stop.',
    ]
      .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
      .join('\n'),
  )
