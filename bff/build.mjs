// `pnpm --filter @vettrak-portal/bff build`: the BFF as one ES module, bundled with its
// dependencies, that a server starts with plain `node dist/main.js` (no tsx, no node_modules).
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

const outdir = new URL('dist/', import.meta.url).pathname
rmSync(outdir, { recursive: true, force: true })

await build({
  entryPoints: [new URL('src/main.ts', import.meta.url).pathname],
  outfile: `${outdir}main.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // For stack traces on the server (`node --enable-source-maps`); never served to browsers.
  sourcemap: 'linked',
  // Some dependencies are CommonJS and `require` Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
})
console.log(`Built ${outdir}main.js`)
