import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createStore } from './store'

test('set merges a patch and tells listeners the value now and before', () => {
  const store = createStore({ a: 1, b: 'x' })
  const seen: [number, number][] = []
  store.subscribe((now, before) => seen.push([now.a, before.a]))
  store.set({ a: 2 })
  assert.deepEqual(store.get(), { a: 2, b: 'x' })
  assert.deepEqual(seen, [[2, 1]])
})

test('a patch that changes nothing notifies no one', () => {
  const store = createStore({ a: 1, b: 'x' })
  let calls = 0
  store.subscribe(() => calls++)
  store.set({ a: 1 })
  store.set((now) => ({ b: now.b }))
  assert.equal(calls, 0)
})

test('set takes a function of the value now', () => {
  const store = createStore({ n: 1 })
  store.set((now) => ({ n: now.n + 1 }))
  assert.equal(store.get().n, 2)
})

test('an unsubscribed listener hears nothing more', () => {
  const store = createStore({ n: 0 })
  let calls = 0
  const stop = store.subscribe(() => calls++)
  store.set({ n: 1 })
  stop()
  store.set({ n: 2 })
  assert.equal(calls, 1)
})
