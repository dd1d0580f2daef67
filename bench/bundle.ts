/**
 * The SPA's JavaScript, gzipped as it goes over the wire: what the first page needs (the entry
 * script of `index.html` and its modulepreloads) and all of it (every `.js` under `assets/`).
 * Reads the built SPA; build it first with `pnpm --filter @vettrak-portal/web build`.
 *   BENCH_WEB_DIST=web/dist pnpm --filter @vettrak-portal/bench run bench:bundle
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { printTable } from './lib/stats.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
const dist = path.resolve(root, process.env.BENCH_WEB_DIST ?? 'web/dist')
const indexHtml = path.join(dist, 'index.html')

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

if (!existsSync(indexHtml)) {
  console.log(`\n5. Bundle: no ${path.relative(root, indexHtml)}; build the SPA first`)
} else {
  const html = readFileSync(indexHtml, 'utf8')
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1]
  const initial = new Set<string>()
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
    if (attribute(tag, 'type') === 'module') {
      const src = attribute(tag, 'src')
      if (src) initial.add(src)
    }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g))
    if (attribute(tag, 'rel') === 'modulepreload') {
      const href = attribute(tag, 'href')
      if (href) initial.add(href)
    }
  const local = (url: string) => path.join(dist, url.replace(/^\//, '').split(/[?#]/)[0] ?? '')
  const initialFiles = [...initial].map(local)
  const assets = path.join(dist, 'assets')
  const allFiles = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(assets, name))
  const sum = (files: string[], size: (file: string) => number) =>
    files.reduce((total, file) => total + size(file), 0)
  const raw = (file: string) => readFileSync(file).length
  const cssFiles = readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .map((name) => path.join(assets, name))
  printTable(`5. SPA bundle (${path.relative(root, dist)}), gzip level 9`, [
    [
      `initial JS: entry + ${initialFiles.length - 1} modulepreloads`,
      `${kib(sum(initialFiles, gzipped))} gzipped (${kib(sum(initialFiles, raw))} raw)`,
    ],
    [
      `all JS: ${allFiles.length} files`,
      `${kib(sum(allFiles, gzipped))} gzipped (${kib(sum(allFiles, raw))} raw)`,
    ],
    [
      `CSS: ${cssFiles.length} files`,
      `${kib(sum(cssFiles, gzipped))} gzipped (${kib(sum(cssFiles, raw))} raw)`,
    ],
  ])
}
