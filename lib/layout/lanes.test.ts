import assert from 'node:assert/strict'
import { test } from 'node:test'
import { packLanes, placeInLanes } from './lanes'
import { seededRandom } from '../test-support/seeded-random'

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
  const rand = seededRandom(7)
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

test('placeInLanes takes the first candidate that fits in the lowest lane', () => {
  const placed = placeInLanes([
    { candidates: [{ x0: 100, x1: 200 }] },
    { candidates: [{ x0: 150, x1: 250 }, { x0: 0, x1: 90 }] },
  ])
  assert.deepEqual(placed, [
    { lane: 0, choice: 0 },
    { lane: 0, choice: 1 },
  ])
})

test('placeInLanes opens a new lane when no candidate fits', () => {
  const placed = placeInLanes([{ candidates: [{ x0: 0, x1: 100 }] }, { candidates: [{ x0: 50, x1: 150 }, { x0: 20, x1: 80 }] }], 5)
  assert.deepEqual(placed[1], { lane: 1, choice: 0 })
})

test('placeInLanes never lets two extents in one lane come closer than the gap, on random input', () => {
  const rand = seededRandom(11)
  for (let round = 0; round < 30; round++) {
    const items = Array.from({ length: 60 }, () => {
      const a = rand() * 1000
      const w = 20 + rand() * 150
      return { candidates: [{ x0: a, x1: a + w }, { x0: a - w, x1: a }, { x0: a - w / 2, x1: a + w / 2 }] }
    })
    const placed = placeInLanes(items, 4)
    const chosen = placed.map((p, i) => ({ lane: p.lane, e: items[i]!.candidates[p.choice]! }))
    for (let i = 0; i < chosen.length; i++)
      for (let j = i + 1; j < chosen.length; j++) {
        if (chosen[i]!.lane !== chosen[j]!.lane) continue
        const a = chosen[i]!.e
        const b = chosen[j]!.e
        assert.ok(a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0, `overlap in lane ${chosen[i]!.lane}`)
      }
  }
})

test('placeInLanes gives the same answers by its lane index as by scanning lanes, on generated input', () => {
  // An item with an empty extent sends placeInLanes down the scanning path (placeByScanning) for the whole
  // list. It goes last, so it cannot change where the items before it are placed: the two answers for
  // those items must agree. Whole-number ends make extents that touch and candidates that start together.
  const rand = seededRandom(2024)
  const empty = { candidates: [{ x0: 5, x1: 5 }] }
  for (let round = 0; round < 300; round++) {
    const gap = [0, 2, 4.5][round % 3]!
    const nearLanes = [Infinity, 1, 2, 3][Math.floor(round / 3) % 4]!
    const items = Array.from({ length: 1 + Math.floor(rand() * 60) }, () => {
      const at = Math.round(rand() * 400)
      const width = 1 + Math.round(rand() * 60)
      const candidates = [{ x0: at, x1: at + width }, { x0: at - width, x1: at }, { x0: at - width / 2, x1: at + width / 2 }].slice(0, 1 + Math.floor(rand() * 3))
      // Every form of near, none left out: no near candidate at all (0, or -1 of one) once sent the scanning path looking forever.
      const nears = [undefined, 0, 1, 2, -1]
      const near = nears[Math.floor(rand() * nears.length)]
      return near === undefined ? { candidates } : { candidates, near }
    })
    const indexed = placeInLanes(items, gap, nearLanes)
    const scanned = placeInLanes([...items, empty], gap, nearLanes).slice(0, -1)
    assert.deepEqual(indexed, scanned, `round ${round}, gap ${gap}, nearLanes ${nearLanes}`)
  }
})
