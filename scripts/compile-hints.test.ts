import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { addCompileHints, bootScripts, COMPILE_HINT, firstLoad } from './compile-hints.mjs'

const dir = mkdtempSync(path.join(tmpdir(), 'hints-'))
after(() => rmSync(dir, { recursive: true, force: true }))

test('a page boots with its external scripts of the build, not its polyfills, inline scripts or anyone else’s', () => {
  const html = [
    '<html><head><link rel="preload" as="script" href="/_next/static/chunks/pre.js">',
    '<script src="/_next/static/chunks/webpack-1a.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills-2b.js" noModule=""></script>',
    "<script type=module src='/_next/static/chunks/app-3c.js'></script>",
    '<script src=/_next/static/chunks/page-4d.js async></script>',
    '<script src="/_next/static/chunks/webpack-1a.js" async=""></script>',
    '<script>self.__next_f.push([1,"x"])</script>',
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
    '<script src="https://cdn.example/lib.js"></script>',
    '<script src="/embed.js"></script>',
    '<script src="/_next/static/../../server/app/secret.js"></script>',
    '<script src="/_next/static/chunks/app.css"></script>',
    '</head></html>',
  ].join('\n')
  assert.deepEqual(bootScripts(html), ['/_next/static/chunks/webpack-1a.js', '/_next/static/chunks/app-3c.js', '/_next/static/chunks/page-4d.js'])
})

test('each script gets the hint on its first line once, and nothing else changes', () => {
  const chunks = path.join(dir, 'static', 'chunks')
  mkdirSync(chunks, { recursive: true })
  const boot = 'console.log("boot")\n//# sourceMappingURL=none'
  writeFileSync(path.join(chunks, 'boot-1.js'), boot)
  writeFileSync(path.join(chunks, 'late-2.js'), 'console.log("late")')
  const first = addCompileHints(dir, ['/_next/static/chunks/boot-1.js', '/_next/static/chunks/boot-1.js'])
  assert.deepEqual(first, { files: 1, bytes: Buffer.byteLength(boot) })
  assert.equal(readFileSync(path.join(chunks, 'boot-1.js'), 'utf8'), COMPILE_HINT + boot)
  assert.equal(readFileSync(path.join(chunks, 'late-2.js'), 'utf8'), 'console.log("late")')
  // A second build step over the same files (or the same script named by two pages) does not stack hints.
  assert.deepEqual(addCompileHints(dir, ['/_next/static/chunks/boot-1.js']), { files: 0, bytes: 0 })
  assert.equal(readFileSync(path.join(chunks, 'boot-1.js'), 'utf8'), COMPILE_HINT + boot)
})

test('a path outside the build’s scripts is refused, not written', () => {
  for (const url of ['/_next/static/../server/x.js', '/other/x.js', '/_next/static/chunks/x.css', '/_next/static//x.js']) {
    assert.throws(() => addCompileHints(dir, [url]), /not a script of the build/, url)
  }
})

test('a widget’s first load is its entry and what that imports statically, transitively, not what it imports dynamically', () => {
  const metafile = {
    outputs: {
      'out/widget-A.js': { imports: [{ path: 'out/chunk-B.js', kind: 'import-statement' }, { path: 'out/zoom-C.js', kind: 'dynamic-import' }] },
      'out/chunk-B.js': { imports: [{ path: 'out/chunk-D.js', kind: 'import-statement' }, { path: 'out/widget-A.js', kind: 'import-statement' }] },
      'out/chunk-D.js': { imports: [] },
      'out/zoom-C.js': { imports: [{ path: 'out/chunk-E.js', kind: 'import-statement' }] },
      'out/chunk-E.js': { imports: [] },
      'out/widget.css': { imports: [{ path: 'node:fs', kind: 'import-statement' }] },
    },
  }
  assert.deepEqual(firstLoad(metafile, 'out/widget-A.js'), ['out/widget-A.js', 'out/chunk-B.js', 'out/chunk-D.js'])
  assert.deepEqual(firstLoad(metafile, 'out/zoom-C.js'), ['out/zoom-C.js', 'out/chunk-E.js'])
})
