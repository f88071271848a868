// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The benchmarks build the site from synthetic content into their own folder, so they never overwrite the normal build.
  distDir: process.env.DATELINE_DIST_DIR || '.next',
  poweredByHeader: false,
  // mdx-bundler drives esbuild (a native binary) at build time; keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild', '@mdx-js/esbuild'],
  // Content lives outside app/: make sure traced output includes it for `next start`.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
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
              "frame-ancestors *; default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
          },
        ],
      },
      {
        // Every other page may only be framed by this site.
        source: '/((?!embed/).*)',
        headers: [...common, { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
    ]
  },
}

export default nextConfig
