// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // mdx-bundler drives esbuild (a native binary) at build time; keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild', '@mdx-js/esbuild'],
  // Content lives outside app/: make sure traced output includes it for `next start`.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
}

export default nextConfig
