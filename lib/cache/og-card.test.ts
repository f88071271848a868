import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cachedPng } from './og-card.server'

const png = (bytes: number[]) => () => new Response(new Uint8Array(bytes), { headers: { 'content-type': 'image/png' } })
/** A drawing that fails as next/og's does: when its body is read, not when it is made. */
const failing = () => new Response(new ReadableStream({ pull: (c) => c.error(new Error('lookupType: 5 - substFormat: 3 is not yet supported')) }))

test('a card is drawn before it is answered, so a drawing that fails is answered by the fallback', async () => {
  const answer = await cachedPng(['story'], failing, png([1, 2, 3]))
  assert.deepEqual([...new Uint8Array(await answer.arrayBuffer())], [1, 2, 3])
  assert.equal(answer.headers.get('content-type'), 'image/png')
})

test('a card that draws is answered as drawn', async () => {
  const answer = await cachedPng(['story'], png([9]), png([1]))
  assert.deepEqual([...new Uint8Array(await answer.arrayBuffer())], [9])
})
