/**
 * Builds what the embed widget sends to browsers, and its server renderer, with esbuild:
 *
 * - public/embed-assets/widget-[hash].js (+ chunks): components/embed/widget-client.tsx with
 *   react → preact/compat, so the widget hydrates the same TimelineViewer as the story page
 *   without the ~170 KB Next/React runtime, which alone would be four times a whole widget's 40 KB budget
 *   (bench/embed.bench.ts): a widget loads on someone else's page, so it must cost that page little;
 * - public/embed-assets/widget-[hash].css: the timeline rules of styles/globals.css, minus
 *   Tailwind, plus styles/embed.css;
 * - public/embed.js: the loader (components/embed/loader.ts), at a stable address for snippets;
 * - .embed/render.mjs: components/embed/render-widget.tsx with its own React, which
 *   app/embed/[slug]/route.ts imports at run time; .embed/manifest.json names the assets.
 *
 * Run by scripts/build.mjs (`npm run build`) and `predev`; `node scripts/build-embed.mjs` by hand.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { D3_SLIM } from './d3-slim.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const assets = path.join(root, 'public', 'embed-assets')
const serverOut = path.join(root, '.embed')
const production = { 'process.env.NODE_ENV': '"production"' }
// 'use client' is for Next's bundler; esbuild bundles it away and would warn on every file.
const quiet = { 'module level directives cause errors when bundled': 'silent' }

await rm(assets, { recursive: true, force: true })
await mkdir(assets, { recursive: true })
await mkdir(serverOut, { recursive: true })

const preact = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
}

const client = await build({
  absWorkingDir: root,
  entryPoints: { widget: 'components/embed/widget-client.tsx' },
  bundle: true,
  splitting: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  jsx: 'automatic',
  alias: { ...preact, ...D3_SLIM },
  define: production,
  outdir: assets,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  metafile: true,
  legalComments: 'none',
  // Words in Cyrillic or Arabic (lib/i18n) as themselves, not as \uXXXX escapes three times their size:
  // module scripts are always read as UTF-8, whatever the server says (HTML, "fetch a single module script").
  charset: 'utf8',
  logOverride: quiet,
})

// Tailwind's import and variant lines are for @tailwindcss/postcss, and the site's other imports (the
// authoring styles) are not the widget's; everything else is plain CSS esbuild can minify. The layout's type
// sizes, which globals.css imports, come first.
const typeSizes = await readFile(path.join(root, 'styles', 'layout-sizes.css'), 'utf8')
const globals = (await readFile(path.join(root, 'styles', 'globals.css'), 'utf8'))
  .split('\n')
  .filter((line) => !/^@import\b|^@custom-variant\b/.test(line.trim()))
  .join('\n')
const embed = await readFile(path.join(root, 'styles', 'embed.css'), 'utf8')
const css = await build({
  stdin: { contents: `${typeSizes}\n${globals}\n${embed}`, loader: 'css', resolveDir: root, sourcefile: 'widget.css' },
  bundle: true,
  minify: true,
  target: ['chrome111', 'firefox113', 'safari17.5'],
  write: false,
  logLevel: 'warning',
})
const cssText = css.outputFiles[0].text
const { createHash } = await import('node:crypto')
const cssName = `widget-${createHash('sha256').update(cssText).digest('hex').slice(0, 8).toUpperCase()}.css`
await writeFile(path.join(assets, cssName), cssText)

await build({
  absWorkingDir: root,
  entryPoints: ['components/embed/loader.ts'],
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  outfile: path.join(root, 'public', 'embed.js'),
  legalComments: 'none',
})

await build({
  absWorkingDir: root,
  entryPoints: ['components/embed/render-widget.tsx'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  jsx: 'automatic',
  define: production,
  outfile: path.join(serverOut, 'render.mjs'),
  legalComments: 'none',
  logOverride: quiet,
  // Bundled React is CommonJS; give its require() something to call in an ES module.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
})

const entry = Object.entries(client.metafile.outputs).find(([, o]) => o.entryPoint === 'components/embed/widget-client.tsx')
if (!entry) throw new Error('build-embed: esbuild produced no widget entry')
const url = (file) => `/${path.relative(path.join(root, 'public'), path.resolve(root, file)).split(path.sep).join('/')}`
const manifest = { script: url(entry[0]), css: `/embed-assets/${cssName}` }
await writeFile(path.join(serverOut, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

const sizes = Object.entries(client.metafile.outputs).map(([file, o]) => `${path.basename(file)} ${o.bytes} B`)
console.log(`build-embed: ${sizes.join(', ')}, ${cssName} ${cssText.length} B`)
