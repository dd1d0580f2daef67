/**
 * What a person waits for, in Chromium, with VETtrak a WAN away: the simulator adds a chosen
 * latency to every SOAP answer, the real BFF serves the built SPA, and each journey is timed from
 * the press of a button to the page showing what it is for:
 *   1. a learner: "Sign in" → dashboard complete (events, progress bars and the amount owing);
 *   2. an employer contact of two employers: "Sign in" → the employer chooser, then "Continue" →
 *      the trainees table with rows;
 *   3. the big employer (5,000 trainees), starting at /employer/trainees: "Sign in" → first rows.
 * Each figure is printed beside its round-trip floor: the VETtrak round trips that cannot be
 * avoided, times the added latency. Timing is taken in the page (`performance.now()` at the click,
 * and when a MutationObserver first sees the finished page), so the figure is the page's own.
 * Every run is a fresh browser context (no cookies, no HTTP cache): a first visit.
 *   pnpm --filter @vettrak-portal/bench run bench:journey -- --latency-ms 0,100
 * Knobs: `--latency-ms` (comma-separated, default 100), `BENCH_JOURNEY_RUNS` (timed runs per
 * journey, default 5, after one untimed), `BENCH_WEB_DIST` (default `web/dist`),
 * `BENCH_JOURNEY_TRACE=1` (print each run's requests, relative to the click).
 */
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromiumLaunchOptions } from '@vettrak-portal/test-support/chromium'
import { demoAccount } from '@vettrak-portal/vettrak-simulator'
import { chromium, type Browser, type Page } from 'playwright-core'
import { rtoToday } from './lib/reference-date.ts'
import { spawnBff } from './lib/spawn-bff.ts'
import { spawnSimulator } from './lib/spawn-simulator.ts'
import { percentile, printTable } from './lib/stats.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
const dist = path.resolve(root, process.env.BENCH_WEB_DIST ?? 'web/dist')
const RUNS = Number(process.env.BENCH_JOURNEY_RUNS ?? 5)
const TRACE = process.env.BENCH_JOURNEY_TRACE === '1'
const TIMEOUT_MS = 60_000

const { values } = parseArgs({
  options: { 'latency-ms': { type: 'string', default: '100' } },
  allowPositionals: true,
})
const latencies = values['latency-ms'].split(',').map((value) => {
  const latency = Number(value)
  if (!Number.isInteger(latency) || latency < 0) throw new Error(`--latency-ms ${value}?`)
  return latency
})

/**
 * The page-side wait: resolves with the milliseconds from the click recorded by `armClick` to the
 * first DOM state where the named check holds. A string, not a function: tsx's transform would
 * add helpers to a function that do not exist in the page.
 */
const PAGE_WAIT = `(([what, timeoutMs]) => new Promise((resolve, reject) => {
  const section = (name) => document.querySelector('section[aria-label="' + name + '"]')
  const loaded = (element) =>
    element !== null && element.querySelector('[role="status"], .animate-pulse') === null
  const checks = {
    dashboard: () => {
      const events = section('Coming up')
      const invoices = section('Invoices')
      const courses = section('Current courses')
      return loaded(events) && loaded(invoices) && loaded(courses) &&
        courses.querySelector('[role="progressbar"]') !== null &&
        /\\$\\d/.test(invoices.textContent ?? '')
    },
    chooser: () => document.querySelector('input[type="radio"]') !== null,
    trainees: () => {
      const table = document.querySelector('table[aria-rowcount]')
      return table !== null && /Trainees/.test(table.querySelector('caption')?.textContent ?? '') &&
        table.querySelector('tbody tr') !== null
    },
  }
  const check = checks[what]
  const started = window.journeyClick
  let observer
  const timer = setTimeout(() => {
    observer?.disconnect()
    reject(new Error(what + ' not reached within ' + timeoutMs + ' ms'))
  }, timeoutMs)
  const finish = () => {
    if (!check()) return false
    observer?.disconnect()
    clearTimeout(timer)
    resolve(performance.now() - started)
    return true
  }
  if (finish()) return
  observer = new MutationObserver(finish)
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
}))`

/** What "done" means for each journey, checked in the page on every DOM change. */
type Done = 'dashboard' | 'chooser' | 'trainees'

function timeUntil(page: Page, done: Done): Promise<number> {
  return page.evaluate(`${PAGE_WAIT}(${JSON.stringify([done, TIMEOUT_MS])})`)
}

/** Records the time of the next click in the page (capture phase, before any handler runs). */
async function armClick(page: Page) {
  await page.evaluate(`document.addEventListener('click', () => {
    window.journeyClick = performance.now()
    window.journeyClickEpoch = performance.timeOrigin + window.journeyClick
  }, { capture: true, once: true })`)
}

/** Collects the page's requests when tracing; the returned function prints them from the click. */
function traceRequests(page: Page) {
  if (!TRACE) return () => Promise.resolve()
  const requests: Array<{ start: number; end: number; line: string }> = []
  page.on('requestfinished', (request) => {
    const timing = request.timing()
    const url = new URL(request.url())
    requests.push({
      start: timing.startTime,
      end: timing.startTime + timing.responseEnd,
      line: `${request.method()} ${url.pathname}${url.search}`,
    })
  })
  return async () => {
    const click = await page.evaluate<number>('window.journeyClickEpoch ?? 0')
    for (const { start, end, line } of requests.sort((a, b) => a.start - b.start))
      if (end >= click)
        console.log(`      ${Math.round(start - click)}..${Math.round(end - click)} ms  ${line}`)
  }
}

async function signIn(page: Page, username: string) {
  const form = page.getByRole('form', { name: 'Sign in' })
  await form.getByLabel('Username or email').fill(username)
  await form.getByLabel('Password', { exact: true }).fill(demoAccount(username).password)
  await armClick(page)
  await form.getByRole('button', { name: 'Sign in' }).click()
}

interface Journey {
  name: string
  /** VETtrak round trips that cannot be avoided between the press and the finished page. */
  trips: number
  run(page: Page, url: string): Promise<number>
}

const journeys: Journey[] = [
  {
    name: 'learner: Sign in → dashboard complete',
    // ValidateClient; details ‖ employers; events ‖ enrolments ‖ unpaid invoices; units.
    trips: 4,
    async run(page, url) {
      await page.goto(`${url}/login`)
      await signIn(page, 'demo.learner')
      return timeUntil(page, 'dashboard')
    },
  },
  {
    name: 'employer contact: Sign in → employer chooser',
    // ValidateClient; details ‖ employers.
    trips: 2,
    async run(page, url) {
      await page.goto(`${url}/employer/trainees`)
      await signIn(page, 'demo.employer')
      return timeUntil(page, 'chooser')
    },
  },
  {
    name: 'employer contact: Continue → trainees table with rows',
    // employer tree ‖ contact check ‖ own token; trainees.
    trips: 2,
    async run(page, url) {
      await page.goto(`${url}/employer/trainees`)
      await signIn(page, 'demo.employer')
      await timeUntil(page, 'chooser')
      await page.getByRole('radio', { name: /Acme Training Services/ }).check()
      await armClick(page)
      await page.getByRole('button', { name: 'Continue' }).click()
      return timeUntil(page, 'trainees')
    },
  },
  {
    name: 'big employer: Sign in → first rows of 5,000 trainees',
    // ValidateClient; details ‖ employers; employer tree ‖ contact check ‖ own token; trainees.
    trips: 4,
    async run(page, url) {
      await page.goto(`${url}/employer/trainees`)
      await signIn(page, 'demo.bigemployer')
      return timeUntil(page, 'trainees')
    },
  },
]

async function runJourney(browser: Browser, url: string, journey: Journey) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const printTrace = traceRequests(page)
    const elapsed = await journey.run(page, url)
    if (TRACE) console.log(`    ${journey.name}: ${Math.round(elapsed)} ms`)
    await printTrace()
    return elapsed
  } finally {
    await context.close()
  }
}

if (!existsSync(path.join(dist, 'index.html'))) {
  console.log(`\nJourneys: no ${path.relative(root, dist)}/index.html; build the SPA first`)
  process.exit(0)
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}, ` +
    `load average ${load()}; ${RUNS} timed runs per journey after 1 untimed`,
)

const browser = await chromium.launch(chromiumLaunchOptions())
try {
  for (const latency of latencies) {
    const sim = await spawnSimulator([
      '--seed',
      '1',
      '--reference-date',
      rtoToday(),
      '--latency-ms',
      String(latency),
    ])
    const bff = await spawnBff(`${sim.endpoint}?WSDL`, { WEB_DIST_DIR: dist })
    try {
      const rows: Array<[string, string]> = []
      for (const journey of journeys) {
        const cold = await runJourney(browser, bff.url, journey)
        const samples: number[] = []
        for (let i = 0; i < RUNS; i++) samples.push(await runJourney(browser, bff.url, journey))
        const median = percentile(samples, 50)
        const floor = journey.trips * latency
        const versus = floor > 0 ? `×${(median / floor).toFixed(2)} of` : 'floor'
        rows.push([
          journey.name,
          `median ${Math.round(median)} ms (${Math.round(Math.min(...samples))}–` +
            `${Math.round(Math.max(...samples))}; untimed first ${Math.round(cold)}), ` +
            `${versus} ${journey.trips} trips = ${floor} ms`,
        ])
      }
      printTable(`Journeys, simulator at --latency-ms ${latency} (load average ${load()})`, rows)
    } finally {
      await bff.stop()
      await sim.stop()
    }
  }
} finally {
  await browser.close()
}
