import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cardFonts } from './fonts.server'

test('the social card has its fonts on disk, every script in both weights, each under a name of its own', async () => {
  const fonts = await cardFonts()
  assert.equal(fonts.length, 20)
  for (const f of fonts) assert.equal(f.data.subarray(0, 4).toString('latin1'), 'wOFF', f.name)
  assert.equal(new Set(fonts.map((f) => `${f.name} ${f.weight}`)).size, fonts.length)
  for (const script of ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew']) assert.ok(fonts.some((f) => f.name.includes(script)), script)
})
