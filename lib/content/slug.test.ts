import assert from 'node:assert/strict'
import { test } from 'node:test'
import { idFromHash } from './slug'

test('a hash names an event id only when it looks like one', () => {
  assert.equal(idFromHash('#talks-begin'), 'talks-begin')
  assert.equal(idFromHash('talks-begin'), 'talks-begin')
  assert.equal(idFromHash('#talks%2Dbegin'), 'talks-begin')
  assert.equal(idFromHash(''), undefined)
  assert.equal(idFromHash('#'), undefined)
  assert.equal(idFromHash('#a b'), undefined)
  assert.equal(idFromHash('#-leading-hyphen'), undefined)
})

test('an undecodable fragment is no id, never an error', () => {
  for (const hash of ['#100%', '#%', '#50%', '#%E0%A4%A', '#%zz', '#%ff%fe', '#%uD800']) assert.equal(idFromHash(hash), undefined, hash)
})
