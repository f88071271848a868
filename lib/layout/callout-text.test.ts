import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseSpan } from '../time/parse'
import { CALLOUT } from './box-styles'
import { measureCalloutText } from './callout-text'
import { drawings } from './drawings'
import { ENGLISH_LAYOUT } from './layout-texts'

const span = (date: string) => {
  const r = parseSpan(date)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const said = 'We learned that Blinken wanted to talk on the phone when we were on tour in Africa, and a day or so later the request came.'
const original = 'Мы узнали, что Блинкен хочет поговорить по телефону, когда были в турне по Африке.'
const quote = { id: 'q', text: said, by: 'Sergey Lavrov', role: 'Russian Foreign Minister', span: span('2022-07-29'), eventId: 'a' }
const events = [{ id: 'a', title: 'Press conference', span: span('2022-07-29'), importance: 2 as const, quoteIds: ['q'] }]

test('words spoken in another language take one of the callout’s lines, shortened, and keep their language', () => {
  const m = measureCalloutText({ ...quote, original, lang: 'ru' }, CALLOUT.maxWidth, 2)
  assert.equal(m.wrapped.lines.length, 1)
  assert.equal(m.lineCount, 2)
  assert.equal(m.original?.lang, 'ru')
  assert.equal(m.original?.text, original)
  assert.ok(m.original!.line.endsWith('…'), m.original!.line)
  assert.equal(measureCalloutText(quote, CALLOUT.maxWidth, 2).original, undefined)
})

test('a callout with an original is as tall in the wide drawing, and one line taller in the narrow one', () => {
  const plain = drawings(events, [quote], 'en', ENGLISH_LAYOUT)
  const withOriginal = drawings(events, [{ ...quote, original, lang: 'ru' }], 'en', ENGLISH_LAYOUT)
  assert.equal(withOriginal.horizontal.callouts[0]!.box.height, plain.horizontal.callouts[0]!.box.height)
  assert.equal(withOriginal.vertical.callouts[0]!.box.height, plain.vertical.callouts[0]!.box.height + CALLOUT.lineHeight)
  assert.deepEqual(withOriginal.zoomInput.quotes[0]?.original, original)
})

test('every line of a callout, the original’s included, sits above its attribution inside the box', () => {
  const d = drawings(events, [{ ...quote, original, lang: 'ru' }], 'en', ENGLISH_LAYOUT)
  for (const c of [d.horizontal.callouts[0]!, d.vertical.callouts[0]!]) {
    const lines = c.lines.length + (c.original ? 1 : 0)
    // As QuoteCallout draws them: the baseline of line i at padY + baseline + lineHeight·i, the attribution at height − padY − 2.
    const lastBaseline = CALLOUT.padY + CALLOUT.baseline + CALLOUT.lineHeight * (lines - 1)
    assert.ok(lastBaseline + CALLOUT.bySize <= c.box.height - CALLOUT.padY - 2, `${lastBaseline} in ${c.box.height}`)
    assert.ok(c.original, 'the original is in the callout')
  }
})
