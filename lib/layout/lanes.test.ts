import assert from 'node:assert/strict'
import { test } from 'node:test'
import { packLanes } from './lanes'

test('extents that do not touch share lane 0', () => {
  assert.deepEqual(packLanes([{ x0: 0, x1: 10 }, { x0: 20, x1: 30 }]), [0, 0])
})

test('overlapping extents go to separate lanes', () => {
  assert.deepEqual(packLanes([{ x0: 0, x1: 10 }, { x0: 5, x1: 15 }, { x0: 8, x1: 20 }]), [0, 1, 2])
})

test('the gap keeps neighbours apart', () => {
  assert.deepEqual(packLanes([{ x0: 0, x1: 10 }, { x0: 12, x1: 20 }], 5), [0, 1])
  assert.deepEqual(packLanes([{ x0: 0, x1: 10 }, { x0: 15, x1: 20 }], 5), [0, 0])
})

test('a freed lane is reused before a new one is opened', () => {
  assert.deepEqual(packLanes([{ x0: 0, x1: 10 }, { x0: 2, x1: 30 }, { x0: 12, x1: 20 }]), [0, 1, 0])
})

test('lanes come back in input order, whatever the x order', () => {
  assert.deepEqual(packLanes([{ x0: 50, x1: 60 }, { x0: 0, x1: 55 }]), [1, 0])
})

test('as many lanes as the deepest overlap, on random input', () => {
  let seed = 7
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
  for (let round = 0; round < 50; round++) {
    const extents = Array.from({ length: 40 }, () => {
      const x0 = rand() * 1000
      return { x0, x1: x0 + rand() * 120 }
    })
    const lanes = packLanes(extents)
    let depth = 0
    for (const e of extents) depth = Math.max(depth, extents.filter((o) => o.x0 <= e.x0 && o.x1 > e.x0).length)
    assert.equal(Math.max(...lanes) + 1, depth)
    for (let i = 0; i < extents.length; i++)
      for (let j = i + 1; j < extents.length; j++)
        if (lanes[i] === lanes[j]) assert.ok(extents[i]!.x1 <= extents[j]!.x0 || extents[j]!.x1 <= extents[i]!.x0)
  }
})
