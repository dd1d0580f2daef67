/**
 * The SPA's JavaScript, gzipped as it goes over the wire: what the first page needs (the entry
 * script of `index.html` and its modulepreloads) and all of it (every `.js` under `assets/`), then
 * where the first page's JavaScript comes from (each package, and the portal's own modules), read
 * from the build's hidden sourcemaps.
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

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** A sourcemap's `mappings`: per generated line, each segment's column and source index. */
function decodeMappings(mappings: string): Array<Array<{ column: number; source?: number }>> {
  let source = 0
  return mappings.split(';').map((line) => {
    let column = 0
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const fields: number[] = []
        let value = 0
        let shift = 0
        for (const char of segment) {
          const digit = base64.indexOf(char)
          value += (digit & 31) << shift
          if (digit & 32) shift += 5
          else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
            value = 0
            shift = 0
          }
        }
        column += fields[0] ?? 0
        if (fields.length < 4) return { column }
        source += fields[1] ?? 0
        return { column, source }
      })
  })
}

/** The npm package a source of `mapFile` belongs to, or the portal module's path. */
function origin(mapFile: string, source: string) {
  const file = path.resolve(path.dirname(mapFile), source)
  const inPackage = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(
    file,
  )
  return inPackage?.[1] ?? path.relative(root, file)
}

/** Each origin's generated code in a built file, as text. */
function codeByOrigin(file: string, into: Map<string, string>) {
  const mapFile = `${file}.map`
  const lines = readFileSync(file, 'utf8').split('\n')
  if (!existsSync(mapFile)) {
    into.set('(no sourcemap)', (into.get('(no sourcemap)') ?? '') + lines.join('\n'))
    return
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string }
  decodeMappings(map.mappings).forEach((segments, index) => {
    const line = lines[index] ?? ''
    segments.forEach((segment, at) => {
      const end = segments[at + 1]?.column ?? line.length
      const name =
        segment.source === undefined
          ? '(bundler)'
          : origin(mapFile, map.sources[segment.source] ?? '')
      into.set(name, (into.get(name) ?? '') + line.slice(segment.column, end))
    })
  })
}

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
  const origins = new Map<string, string>()
  for (const file of initialFiles) codeByOrigin(file, origins)
  const sized = [...origins]
    .map(([name, code]) => ({ name, raw: code.length, gzip: gzipSync(code, { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip)
  const shown = sized.filter(({ gzip }) => gzip >= 256)
  const rest = sized.filter(({ gzip }) => gzip < 256)
  printTable('   initial JS by origin, each gzipped alone (the sum exceeds the whole)', [
    ...shown.map(({ name, raw, gzip }): [string, string] => [
      name,
      `${kib(gzip)} (${kib(raw)} raw)`,
    ]),
    [
      `${rest.length} more, under 0.25 KiB each`,
      `${kib(
        sum(
          rest.map(({ name }) => name),
          (name) => sized.find((o) => o.name === name)?.gzip ?? 0,
        ),
      )}`,
    ],
  ])
}
