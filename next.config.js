// @ts-check
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants.js'
import { BUILD_MANIFEST, distDirOf, readBuildManifest } from './scripts/build-manifest.mjs'
import { D3_SLIM } from './scripts/d3-slim.mjs'
import { headerRules } from './scripts/security-headers.mjs'
import { siteOrigin } from './scripts/site-origin.mjs'

/**
 * The public origin, checked whenever Next starts (dev, build, start): a bad DATELINE_SITE_URL stops it here
 * with what is wrong. `next start` also refuses a build made for another origin, whose static pages would
 * carry links to it (canonical, oEmbed discovery, the Embed dialog), or one not made by scripts/build.mjs,
 * whose pages' script hashes the Content-Security-Policy needs.
 * @param {string} phase
 */
function checkedOrigin(phase) {
  const origin = siteOrigin(process.env)
  if (phase !== PHASE_PRODUCTION_SERVER) return origin
  const distDir = distDirOf(process.env)
  const built = readBuildManifest(path.resolve(distDir))
  if (!built) throw new Error(`${distDir}/${BUILD_MANIFEST} is missing: build with \`npm run build\` (scripts/build.mjs), not \`next build\` alone.`)
  if (built.origin !== origin) {
    throw new Error(
      `This build was made for ${built.origin}, but the site's origin is now ${origin} (DATELINE_SITE_URL, or PORT when it is unset). ` +
        `Build again with the origin it will be served at: DATELINE_SITE_URL=${origin} npm run build (npm start does this by itself).`,
    )
  }
  return origin
}

/**
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
const nextConfig = (phase) => {
  const origin = checkedOrigin(phase)
  return {
    // Files named `page.dev.tsx` / `route.dev.ts` (the studio, the content-change stream) are routes only under
    // `next dev`: a production build never sees them, so nothing of them can be served.
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['dev.tsx', 'dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
    // gzip in front of a stream holds its events back (they are tiny; zlib waits for more), so the dev-only
    // content-change stream would never arrive. Nothing is gained by compressing on localhost anyway.
    compress: phase !== PHASE_DEVELOPMENT_SERVER,
    reactStrictMode: true,
    // A second server (the dev-server e2e test) builds into its own folder, never into the one `next start` serves;
    // the benchmarks build the site from synthetic content into theirs, so they never overwrite the normal build.
    distDir: distDirOf(process.env),
    // What d3-zoom imports beyond its needs, slimmed for the 30 KB script budget (see each module's comment):
    // d3-transition only to interrupt transitions, of which the timeline runs none; d3-interpolate for one function.
    turbopack: { resolveAlias: D3_SLIM },
    poweredByHeader: false,
    // Pages are prerendered by every core: Next's default leaves one to its main process, which waits while
    // they render (one worker of two cores here). Content is compiled and laid out before (scripts/warm-cache.ts).
    // Rendering is CPU-bound, so a worker gains nothing from many pages in flight (Next's default is 8) but
    // holds all of them in memory, and each takes that much longer: a few at a time.
    experimental: { cpus: availableParallelism(), staticGenerationMaxConcurrency: 2 },
    // Next gives up on a page after 60 s by default (and fails the build after three tries): a tag page or the
    // sitemap of a large archive, on a machine shared with other builds, can take longer without anything being wrong.
    staticPageGenerationTimeout: 600,
    // The static export's build (scripts/export.ts) leaves type checking to `npm run typecheck`, which `npm run
    // validate` and CI run: the same check, which Next's build would spend half a minute or more repeating.
    typescript: { ignoreBuildErrors: process.env.DATELINE_SKIP_TYPECHECK === '1' },
    // Nor does that build map its page workers' stack traces to the sources: each worker would load and keep the
    // source maps of the server's chunks, memory and time a build of a large archive is short of. A content error
    // reads the same either way (lib/content/errors.ts locates it in the MDX file).
    enablePrerenderSourceMaps: process.env.DATELINE_SKIP_TYPECHECK !== '1',
    // DATELINE_STANDALONE=1: a self-contained server in <distDir>/standalone for the Docker image (Dockerfile,
    // docs/deploying.md); off by default, so `npm run build` and `npm start` stay as they are.
    ...(process.env.DATELINE_STANDALONE === '1' ? { output: /** @type {const} */ ('standalone') } : {}),
    // mdx-bundler drives esbuild (a native binary) at build time; keep both out of the server bundle.
    serverExternalPackages: ['mdx-bundler', 'esbuild', '@mdx-js/esbuild'],
    // Content lives outside app/: make sure traced output includes it for `next start`.
    // The prebuilt renderers (the widget's, the story pages' reading parts) and the widget's asset manifest
    // (scripts/build-embed.mjs) are read at run time.
    outputFileTracingIncludes: { '/**': ['./content/**/*'], '/embed/**': ['./.embed/**/*'], '/timelines/**': ['./.embed/reading.mjs'] },
    // Pages get their Content-Security-Policy from proxy.ts (it names each page's inline scripts); the rest is here.
    async headers() {
      return headerRules({ https: origin.startsWith('https:') })
    },
  }
}

export default nextConfig
