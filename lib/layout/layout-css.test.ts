import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { LAYOUT_CSS_FILE, LAYOUT_TYPE_SIZES, layoutCss } from './layout-css'

const root = path.join(import.meta.dirname, '..', '..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

test('styles/layout-sizes.css holds the sizes of lib/layout/box-styles.ts (else run `npx tsx scripts/layout-css.ts`)', () => {
  assert.equal(read(LAYOUT_CSS_FILE), layoutCss())
})

test('globals.css imports the layout sizes and draws with every one of them', () => {
  const css = read('styles/globals.css')
  assert.match(css, new RegExp(`@import '\\./${path.basename(LAYOUT_CSS_FILE)}';`))
  for (const name of Object.keys(LAYOUT_TYPE_SIZES)) assert.ok(css.includes(`var(${name})`), `${name} is not used`)
})

test('no timeline text rule in globals.css writes its own size in px', () => {
  const css = read('styles/globals.css').replace(/\/\*[\s\S]*?\*\//g, '')
  const own = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, selector, body]) => selector!.includes('.tl-') && /font-size:\s*[\d.]+px/.test(body!))
    .map(([, selector]) => selector!.trim())
  assert.deepEqual(own, [])
})
