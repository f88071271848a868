import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tagGroups, tagKey, tagKeyFromParam, tagPath } from './tags'

test('a tag key keeps letters and digits of every script, lower case, and joins the rest with one hyphen', () => {
  assert.equal(tagKey('Prisoner swaps'), 'prisoner-swaps')
  assert.equal(tagKey('  United States / Russia '), 'united-states-russia')
  assert.equal(tagKey('Обмен пленными'), 'обмен-пленными')
  assert.equal(tagKey('الأسرى'), 'الأسرى')
  assert.equal(tagKey('日本 外交'), '日本-外交')
  assert.equal(tagKey('Ελλάδα'), 'ελλάδα')
  // Composed and decomposed forms of one word share a key.
  assert.equal(tagKey('Cafe\u0301'), tagKey('Café'))
  assert.equal(tagKey('G7'), 'g7')
  assert.equal(tagKey('—!?'), '')
})

test('a tag path is percent-encoded, and a route parameter decodes back to the key, encoded or not', () => {
  assert.equal(tagPath('Россия'), '/tags/%D1%80%D0%BE%D1%81%D1%81%D0%B8%D1%8F')
  assert.equal(tagKeyFromParam('%D1%80%D0%BE%D1%81%D1%81%D0%B8%D1%8F'), 'россия')
  assert.equal(tagKeyFromParam('россия'), 'россия')
  assert.equal(tagKeyFromParam('Prisoner%20Swaps'), 'prisoner-swaps')
  // An undecodable escape names no tag, and is no error.
  assert.equal(tagKeyFromParam('%zz'), '')
  assert.equal(tagKeyFromParam('%E0%A4%A'), '')
})

test('tag groups gather the stories of each tag, most stories first, a story once per key', () => {
  const a = { slug: 'a', tags: ['Russia', 'prisoners'] }
  const b = { slug: 'b', tags: ['russia', 'Россия', 'russia '] }
  const c = { slug: 'c', tags: ['—', 'diplomacy'] }
  const groups = tagGroups([a, b, c])
  assert.deepEqual(
    groups.map((g) => [g.key, g.label, g.stories.map((s) => s.slug)]),
    [
      ['russia', 'Russia', ['a', 'b']],
      ['diplomacy', 'diplomacy', ['c']],
      ['prisoners', 'prisoners', ['a']],
      ['россия', 'Россия', ['b']],
    ],
  )
})
