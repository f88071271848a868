import assert from 'node:assert/strict'
import { test } from 'node:test'
import { visualRuns } from './visual-runs'

test('left-to-right text is one run, as written', () => {
  assert.deepEqual(visualRuns('Обмен пленными (2022)', 'ltr'), ['Обмен пленными (2022)'])
})

test('Arabic words come in their joined forms, each in visual order', () => {
  // قصة: qaf (initial), sad (medial), teh marbuta (final); drawn left to right, the final form comes first.
  assert.deepEqual(visualRuns('قصة', 'rtl'), ['\uFE94\uFEBC\uFED7'])
  // lam-alef is one ligature.
  assert.deepEqual(visualRuns('لا', 'rtl'), ['\uFEFB'])
})

test('harakat are left out: the card’s renderer cannot draw them (and failed the build on a tanween)', () => {
  assert.deepEqual(visualRuns('بَت', 'rtl'), ['\uFE96\uFE91'])
  assert.deepEqual(visualRuns('٥٠ حدثًا', 'rtl'), ['٥٠', '\uFE8E\uFE9B\uFEAA\uFEA3'])
})

test('Arabic punctuation becomes its Latin counterpart, which the card can draw', () => {
  assert.deepEqual(visualRuns('ب، ب؛ ب؟', 'rtl'), [',\uFE8F', ';\uFE8F', '?\uFE8F'])
})

test('a right-to-left line with harakat draws with the card’s fonts', async () => {
  const [{ ImageResponse }, { createElement }, { cardFonts }] = await Promise.all([import('next/og'), import('react'), import('./fonts.server')])
  const runs = visualRuns('لقاء Sergei Lavrov: ٥٠ حدثًا، كتابٌ مدرسةٍ', 'rtl')
  const card = createElement('div', { style: { display: 'flex', flexDirection: 'row-reverse' } }, ...runs.map((run, i) => createElement('span', { key: i }, run)))
  const png = await new ImageResponse(card, { width: 600, height: 100, fonts: await cardFonts() }).arrayBuffer()
  assert.ok(png.byteLength > 100)
})

test('Latin names and numbers inside right-to-left text stay whole and in their order', () => {
  const runs = visualRuns('لقاء Sergei Lavrov في 2022', 'rtl')
  assert.equal(runs.length, 4)
  assert.equal(runs[1], 'Sergei Lavrov')
  assert.equal(runs[3], '2022')
})

test('Hebrew is reversed without shaping, and brackets mirror', () => {
  assert.deepEqual(visualRuns('שלום (עולם)', 'rtl'), ['םולש', '(םלוע)'])
})

test('Arabic-Indic digits read left to right inside a right-to-left word', () => {
  assert.deepEqual(visualRuns('عام١٩٨٦', 'rtl'), ['١٩٨٦' + visualRuns('عام', 'rtl')[0]])
})

test('numbers and dashes in a right-to-left date read from the right, each number whole', () => {
  const runs = visualRuns('15 يناير 2019 – 30 يوليو 2019', 'rtl')
  assert.deepEqual([runs[0], runs[2], runs[3], runs[4], runs[6]], ['15', '2019', '–', '30', '2019'])
})

test('a number after a Latin name belongs to it', () => {
  assert.ok(visualRuns('تحديث Windows 10 الجديد', 'rtl').includes('Windows 10'))
})
