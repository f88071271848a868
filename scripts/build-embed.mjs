/**
 * Builds what the embed widget sends to browsers, and its server renderer, with esbuild:
 *
 * - public/embed-assets/widget-[hash].js (+ chunks): components/embed/widget-client.ts, the
 *   plain-DOM viewer with the story page's controls drawn by a render-once JSX runtime (RENDER_ONCE
 *   below), and no component runtime at all: a widget loads on someone else's page, so it must cost
 *   that page little (issue 14: ≤ 35 KB with its zoom); its zoom's views are laid out by the server;
 * - public/embed-assets/widget-static-[hash].js (+ chunks): components/embed/widget-static.ts, the same
 *   widget for a static export, which lays out its zoom in the browser. What it loads later (the zoomed
 *   drawing's renderer, a model made for the URL's options) has react → preact/compat, not the
 *   ~170 KB Next/React runtime;
 * - public/embed-assets/widget-[hash].css: the timeline rules of styles/globals.css, minus
 *   Tailwind, plus styles/embed.css;
 * - public/embed.js: the loader (components/embed/loader.ts), at a stable address for snippets;
 * - .embed/render.mjs: components/embed/render-widget.tsx with its own React, which
 *   app/embed/[slug]/route.ts imports at run time; .embed/manifest.json names the assets;
 * - .embed/reading.mjs: components/site/render-reading.tsx, the markup of the story pages' reading parts
 *   (the events in order, the article), which the pages import at run time in a production build.
 *
 * Run by scripts/build.mjs (`npm run build`) and `predev`; `node scripts/build-embed.mjs` by hand.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { D3_SLIM } from './d3-slim.mjs'
import { firstLoad, hintFile } from './compile-hints.mjs'

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

// The files whose JSX makes DOM nodes once (components/embed/jsx/jsx-runtime.ts): the widget's controls,
// stateless components the story page renders with React. Every other file's JSX is Preact's (the zoomed
// drawings, loaded later). A control that imports React itself (a hook) would need a runtime: a build error.
const RENDER_ONCE = new Set(
  [
    'components/embed/widget-controls.tsx',
    'components/timeline/Toolbar.tsx',
    'components/timeline/TagFilter.tsx',
    'components/timeline/EventDetailView.tsx',
    'components/timeline/QuotePopoverBox.tsx',
    'components/timeline/EventThumbnail.tsx',
    'components/timeline/RichText.tsx',
    'components/site/EventSources.tsx',
  ].map((file) => path.join(root, file)),
)
const renderOnce = {
  name: 'render-once-jsx',
  setup(b) {
    b.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, async (args) => {
      if (RENDER_ONCE.has(args.importer)) {
        if (/^react\/jsx(-dev)?-runtime$/.test(args.path)) return { path: path.join(root, 'components/embed/jsx/jsx-runtime.ts') }
        return { errors: [{ text: `${path.relative(root, args.importer)} is drawn once, straight to DOM (RENDER_ONCE): it cannot import ${args.path}` }] }
      }
      return b.resolve(preact[args.path] ?? args.path, { kind: args.kind, resolveDir: args.resolveDir })
    })
  },
}

// Two browser entries, each bundled on its own so that neither's lazy chunks share code with the other's first
// script (esbuild gives every module reached from more than one entry or lazy import a chunk of its own, and a
// widget would pay for a dozen small files): widget-client.ts for the Node server, which lays out the zoom's views
// (served-zoom.ts), and widget-static.ts for a static export, which lays them out in the browser.
const bundleClient = (name, entry) =>
  build({
    absWorkingDir: root,
    entryPoints: { [name]: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2022'],
    minify: true,
    jsx: 'automatic',
    alias: D3_SLIM,
    plugins: [renderOnce],
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
const clients = [
  { name: 'widget', entry: 'components/embed/widget-client.ts' },
  { name: 'widget-static', entry: 'components/embed/widget-static.ts' },
]
const built = []
for (const { name, entry } of clients) built.push({ entry, result: await bundleClient(name, entry) })
// What a widget evaluates as it starts is compiled while it downloads (scripts/compile-hints.mjs); its zoom, later, is not.
/** The script esbuild wrote for an entry, as its metafile names it. */
const entryOutput = ({ entry, result }) => {
  const output = Object.keys(result.metafile.outputs).find((file) => result.metafile.outputs[file].entryPoint === entry)
  if (!output) throw new Error(`build-embed: esbuild produced no script for ${entry}`)
  return output
}
for (const client of built) for (const file of firstLoad(client.result.metafile, entryOutput(client))) hintFile(path.join(root, file))

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

// The server's renderers, each with its own React (react-dom/server, which Next's server components cannot import):
// render.mjs the widget's, reading.mjs the story pages' reading parts (components/site/reading-parts.server.tsx).
await build({
  absWorkingDir: root,
  entryPoints: { render: 'components/embed/render-widget.tsx', reading: 'components/site/render-reading.tsx' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  jsx: 'automatic',
  define: production,
  outdir: serverOut,
  outExtension: { '.js': '.mjs' },
  legalComments: 'none',
  logOverride: quiet,
  // Bundled React is CommonJS; give its require() something to call in an ES module.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
})

const url = (file) => `/${path.relative(path.join(root, 'public'), path.resolve(root, file)).split(path.sep).join('/')}`
const manifest = { script: url(entryOutput(built[0])), staticScript: url(entryOutput(built[1])), css: `/embed-assets/${cssName}` }
await writeFile(path.join(serverOut, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

const sizes = built.flatMap(({ result }) => Object.entries(result.metafile.outputs).map(([file, o]) => `${path.basename(file)} ${o.bytes} B`))
console.log(`build-embed: ${sizes.join(', ')}, ${cssName} ${cssText.length} B`)
