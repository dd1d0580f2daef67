import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import MagicString from 'magic-string'
import { defineConfig, type Plugin } from 'vite'

/**
 * The RTO's colours and favicon, which the BFF serves (`/brand/…`), linked after Vite has
 * processed the page, so the build does not look for them among its own files.
 */
const brandLinks: Plugin = {
  name: 'brand-links',
  transformIndexHtml: () => [
    { tag: 'link', attrs: { rel: 'icon', href: '/brand/favicon' }, injectTo: 'head' },
    { tag: 'link', attrs: { rel: 'stylesheet', href: '/brand/theme.css' }, injectTo: 'head' },
  ],
}

/**
 * react-router's package exports name only its development build (remix-run/react-router#14102),
 * which keeps its development warnings and checks: a build takes the production one beside it.
 */
function reactRouterProductionBuild() {
  const development = fileURLToPath(import.meta.resolve('react-router'))
  const production = (file: string) =>
    development.replace(/\/development\/index\.mjs$/, `/production/${file}`)
  if (production('index.mjs') === development) return []
  return [
    { find: /^react-router$/, replacement: production('index.mjs') },
    { find: /^react-router\/dom$/, replacement: production('dom-export.mjs') },
  ]
}

/**
 * react-router's build makes its components and contexts with top-level `forwardRef`, `memo` and
 * `createContext` calls that carry no pure annotation, then sets each one's `displayName`: so its
 * `<Form>` (with `useSubmit` and the form-data helpers) and `AwaitContext` stay in the first load
 * although the portal uses neither. The calls are marked pure and the names dropped (only React's
 * development tools show them), so what is unused can be left out.
 */
const reactRouterTreeShaking: Plugin = {
  name: 'react-router-tree-shaking',
  apply: 'build',
  transform: {
    filter: { id: /[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/ },
    handler(code) {
      const source = new MagicString(code)
      for (const call of code.matchAll(/(?<==\s*)React\d*\.(?:forwardRef|memo|createContext)\(/g))
        source.appendLeft(call.index, '/* @__PURE__ */ ')
      for (const name of code.matchAll(/^[\w$]+\.displayName = "[^"\n]*";$/gm))
        source.remove(name.index, name.index + name[0].length)
      if (!source.hasChanged()) return
      return { code: source.toString(), map: source.generateMap({ hires: true }) }
    },
  },
}

// The BFF serves the built SPA with `script-src 'self'; style-src 'self'`, so the build must emit
// no inline script or style: Vite links the entry and the CSS as files under assets/.
export default defineConfig(({ command }) => ({
  plugins: [react(), tailwindcss(), brandLinks, reactRouterTreeShaking],
  resolve: { alias: command === 'build' ? reactRouterProductionBuild() : [] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
      '/brand': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    // Maps for error reports, without the `sourceMappingURL` that would point browsers at them
    // (the BFF does not serve `*.map` in production anyway).
    sourcemap: 'hidden',
    assetsInlineLimit: 0,
    // Every browser the build targets runs `<link rel="modulepreload">` except Firefox before 115
    // and Safari before 17, which then fetch each page's modules as they meet them: the polyfill
    // for them was in every first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first page imports statically in one file (the entry), rather than the
        // entry plus the common chunks it shares with the pages: one request fewer, and gzip sees
        // react-dom, react and TanStack Query's core together.
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
      },
    },
  },
}))
