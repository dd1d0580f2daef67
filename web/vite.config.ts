import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
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

// The BFF serves the built SPA with `script-src 'self'; style-src 'self'`, so the build must emit
// no inline script or style: Vite links the entry and the CSS as files under assets/.
export default defineConfig(({ command }) => ({
  plugins: [react(), tailwindcss(), brandLinks],
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
  },
}))
