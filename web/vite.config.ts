import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The BFF serves the built SPA with `script-src 'self'; style-src 'self'`, so the build must emit
// no inline script or style: Vite links the entry and the CSS as files under assets/.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
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
  },
})
