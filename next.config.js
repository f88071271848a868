// @ts-check
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import { D3_SLIM } from './scripts/d3-slim.mjs'

/**
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
const nextConfig = (phase) => ({
  // Files named `page.dev.tsx` / `route.dev.ts` (the studio, the content-change stream) are routes only under
  // `next dev`: a production build never sees them, so nothing of them can be served.
  pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['dev.tsx', 'dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
  // gzip in front of a stream holds its events back (they are tiny; zlib waits for more), so the dev-only
  // content-change stream would never arrive. Nothing is gained by compressing on localhost anyway.
  compress: phase !== PHASE_DEVELOPMENT_SERVER,
  reactStrictMode: true,
  // A second server (the dev-server e2e test) builds into its own folder, never into the one `next start` serves;
  // the benchmarks build the site from synthetic content into theirs, so they never overwrite the normal build.
  distDir: process.env.NEXT_DIST_DIR || process.env.DATELINE_DIST_DIR || '.next',
  // What d3-zoom imports beyond its needs, slimmed for the 30 KB script budget (see each module's comment):
  // d3-transition only to interrupt transitions, of which the timeline runs none; d3-interpolate for one function.
  turbopack: { resolveAlias: D3_SLIM },
  poweredByHeader: false,
  // mdx-bundler drives esbuild (a native binary) at build time; keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild', '@mdx-js/esbuild'],
  // Content lives outside app/: make sure traced output includes it for `next start`.
  // The widget's prebuilt renderer and asset manifest (scripts/build-embed.mjs) are read at run time.
  outputFileTracingIncludes: { '/**': ['./content/**/*'], '/embed/**': ['./.embed/**/*'] },
  async headers() {
    const common = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ]
    return [
      {
        // Widgets may be framed by any site; they load nothing from anywhere but here.
        source: '/embed/:path*',
        headers: [
          ...common,
          {
            key: 'Content-Security-Policy',
            value:
              "frame-ancestors *; default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
          },
        ],
      },
      {
        // Widget scripts are ES modules, fetched with CORS: a sandboxed frame (opaque origin) must still get them.
        source: '/embed-assets/:path*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
        ],
      },
      {
        // Every other page may only be framed by this site.
        source: '/((?!embed/).*)',
        headers: [...common, { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
    ]
  },
})

export default nextConfig
