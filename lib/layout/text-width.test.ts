import assert from 'node:assert/strict'
import { test } from 'node:test'
import { textWidth, wrapText } from './text-width'

test('wider text measures wider', () => {
  assert.ok(textWidth('MMMM', 13) > textWidth('iiii', 13))
  assert.ok(textWidth('abc', 20) > textWidth('abc', 10))
  assert.ok(textWidth('abc', 13, true) > textWidth('abc', 13))
})

test('short text stays on one line', () => {
  const r = wrapText('Russia invades Ukraine', 300, 13, 2)
  assert.deepEqual(r.lines, ['Russia invades Ukraine'])
  assert.equal(r.truncated, false)
})

test('long text wraps within the width', () => {
  const r = wrapText('Biden and Putin agree to name officials on prisoners', 150, 13, 3)
  assert.ok(r.lines.length > 1)
  for (const line of r.lines) assert.ok(textWidth(line, 13) <= 150, line)
  assert.equal(r.lines.join(' '), 'Biden and Putin agree to name officials on prisoners')
})

test('text beyond the last line ends in an ellipsis', () => {
  const r = wrapText('one two three four five six seven eight nine ten eleven twelve', 80, 13, 2)
  assert.equal(r.lines.length, 2)
  assert.equal(r.truncated, true)
  assert.ok(r.lines[1]!.endsWith('…'))
  for (const line of r.lines) assert.ok(textWidth(line, 13) <= 80, line)
})

test('a single word longer than the line is cut to fit', () => {
  const r = wrapText('Supercalifragilisticexpialidocious', 60, 13, 1)
  assert.ok(r.lines[0]!.endsWith('…'))
  assert.ok(textWidth(r.lines[0]!, 13) <= 60)
})

// Scripts (the estimates are held to Chromium's measurements by e2e/text-width.spec.ts)

test('a CJK character is a full em wide, as every CJK font draws it', () => {
  assert.equal(textWidth('日本語', 100), Math.ceil(3 * 100 * 1.03))
  assert.equal(textWidth('한국', 100), textWidth('中国', 100))
})

test('an astral character (CJK Extension B) counts once, a full em', () => {
  assert.equal(textWidth('𠮷', 100), textWidth('吉', 100))
})

test('combining marks add no width: a vowelled Arabic or pointed Hebrew word is as wide as without its marks', () => {
  assert.equal(textWidth('سُجَناء', 13), textWidth('سجناء', 13))
  assert.equal(textWidth('שָׁלוֹם', 13), textWidth('שלום', 13))
  assert.equal(textWidth('e\u0301', 13), textWidth('e', 13))
})

test('joiners and direction marks add no width', () => {
  assert.equal(textWidth('a\u200d\u200c\u200fb', 13), textWidth('ab', 13))
})

test('joined Arabic letters are narrower than Latin ones, its seen family wider', () => {
  assert.ok(textWidth('بتن', 100) < textWidth('abc', 100))
  assert.ok(textWidth('سشص', 100) > textWidth('بتن', 100) * 1.5)
})

test('Cyrillic is wider than Latin, its capitals wider than its small letters', () => {
  assert.ok(textWidth('обмен', 100) > textWidth('obmen', 100))
  assert.ok(textWidth('ОБМЕН', 100) > textWidth('обмен', 100))
  assert.ok(textWidth('ж', 100) > textWidth('о', 100))
})

test('Greek and accented Latin read as Latin: capitals wider than small letters', () => {
  assert.equal(textWidth('é', 100), textWidth('e', 100))
  assert.ok(textWidth('Ω', 100) > textWidth('ω', 100))
})

test('a title in any script wraps within its width', () => {
  for (const title of ['Россия и США обменялись заключёнными в Анкаре', 'وزير الخارجية يعلن تبادل الأسرى بين البلدين', '俄罗斯 与 美国 在 安卡拉 交换 囚犯']) {
    const r = wrapText(title, 150, 13.5, 3, true)
    for (const line of r.lines) assert.ok(textWidth(line, 13.5, true) <= 150, line)
  }
})
