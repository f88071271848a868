import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Site links are plain <a>: every page is a whole document, the same on the Node server and as static files
    // on any host (docs/deploying.md), where next/link's prefetches of /path?_rsc=… would get a page back, not data.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  globalIgnores(['.next/**', '.next-*/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/out/**', '.cache/**', '.embed/**', 'public/embed.js', 'public/embed-assets/**']),
])
