import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readViewQuery, viewQueryParams, type ViewQuery } from './view-query'

const read = (query: string) => readViewQuery(new URLSearchParams(query))

test('a view query is read back from the parameters the widget asks with', () => {
  const queries: ViewQuery[] = [
    { orientation: 'horizontal', k: 2.5, x: -310.25 },
    { orientation: 'vertical', k: 4, x: 0 },
    { orientation: 'horizontal', k: 1, x: 0, reveal: { id: 'geneva-summit-2021', min: 2 } },
    { orientation: 'vertical', k: 1.5, x: 0, open: 'cluster-3-9' },
  ]
  for (const query of queries) assert.deepEqual(readViewQuery(new URLSearchParams(viewQueryParams(query))), query)
})

test('the widget options in the same query are left alone, and missing numbers default to the view at rest', () => {
  assert.deepEqual(read('theme=dark&lang=fr&view=h'), { orientation: 'horizontal', k: 1, x: 0 })
  assert.deepEqual(read('view=v&k=&x='), { orientation: 'vertical', k: 1, x: 0 })
})

test('a query out of shape is an error naming the parameter', () => {
  for (const [query, named] of [
    ['', 'view'],
    ['view=diagonal', 'view'],
    ['view=h&k=NaN', 'k'],
    ['view=h&k=Infinity', 'k'],
    ['view=h&x=1e400', 'x'],
    ['view=h&x=12px', 'x'],
    ['view=v&min=two&reveal=a', 'min'],
    ['view=v&reveal=', 'reveal'],
    [`view=h&open=${'c'.repeat(201)}`, 'open'],
  ] as const) {
    const result = read(query)
    assert.ok('error' in result, query)
    assert.match(result.error, new RegExp(`^${named} `), query)
  }
})
