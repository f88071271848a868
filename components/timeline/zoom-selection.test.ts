import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pointer as d3Pointer, select as d3RealSelect } from 'd3-selection'
import { pointer, select, selection, Selection, type PointerSource } from './zoom-selection'

/** d3-selection's select, on any EventTarget (its types ask for an Element or a Window). */
function d3Select(node: EventTarget) {
  return d3RealSelect(node as Element) as unknown as {
    on(typenames: string, listener: ((event: Event) => void) | null, options?: boolean | AddEventListenerOptions): unknown
  }
}

/** An EventTarget carrying a datum, as d3 keeps it (node.__data__). */
function node(datum?: unknown): EventTarget & { __data__?: unknown } {
  const target = new EventTarget() as EventTarget & { __data__?: unknown }
  if (datum !== undefined) target.__data__ = datum
  return target
}

/** Records the calls of listeners: which one, its `this`, the event's type and the datum. */
function recorder() {
  const calls: string[] = []
  const listener = (label: string) =>
    function (this: EventTarget, event: Event, datum: unknown) {
      calls.push(`${label} ${event.type} ${String(datum)} ${this === event.target ? 'this=node' : 'this=?'}`)
    }
  return { calls, listener }
}

test('a listener is called on the node with the event and the datum', () => {
  const n = node('d0')
  const { calls, listener } = recorder()
  select(n).on('wheel.zoom', listener('a'))
  n.dispatchEvent(new Event('wheel'))
  assert.deepEqual(calls, ['a wheel d0 this=node'])
})

test('the datum is read when the event comes, not when the listener was added', () => {
  const n = node('before')
  const { calls, listener } = recorder()
  select(n).on('click', listener('a'))
  n.__data__ = 'after'
  n.dispatchEvent(new Event('click'))
  assert.deepEqual(calls, ['a click after this=node'])
})

test('space-separated typenames add one listener per type', () => {
  const n = node()
  const { calls, listener } = recorder()
  select(n).on('touchend.zoom touchcancel.zoom', listener('a'))
  n.dispatchEvent(new Event('touchend'))
  n.dispatchEvent(new Event('touchcancel'))
  assert.deepEqual(calls, ['a touchend undefined this=node', 'a touchcancel undefined this=node'])
})

test('a listener of the same type.name replaces the previous one', () => {
  const n = node()
  const { calls, listener } = recorder()
  select(n).on('click.zoom', listener('a')).on('click.zoom', listener('b'))
  n.dispatchEvent(new Event('click'))
  assert.deepEqual(calls, ['b click undefined this=node'])
})

test('listeners of one type under different names both run', () => {
  const n = node()
  const { calls, listener } = recorder()
  select(n).on('click.zoom', listener('a')).on('click.drag', listener('b')).on('click', listener('c'))
  n.dispatchEvent(new Event('click'))
  assert.deepEqual(calls, ['a click undefined this=node', 'b click undefined this=node', 'c click undefined this=node'])
})

test('null removes the listener of that type.name only', () => {
  const n = node()
  const { calls, listener } = recorder()
  select(n).on('click.zoom', listener('a')).on('click.drag', listener('b')).on('click.zoom', null)
  n.dispatchEvent(new Event('click'))
  assert.deepEqual(calls, ['b click undefined this=node'])
})

test('.on(".zoom", null) removes every listener named zoom, of every type, and no other', () => {
  const n = node()
  const { calls, listener } = recorder()
  select(n).on('wheel.zoom', listener('a')).on('mousedown.zoom', listener('b')).on('mousedown.other', listener('c'))
  select(n).on('.zoom', null)
  n.dispatchEvent(new Event('wheel'))
  n.dispatchEvent(new Event('mousedown'))
  assert.deepEqual(calls, ['c mousedown undefined this=node'])
  assert.equal(select(n).on('wheel.zoom'), undefined)
})

test('the getter answers the listener registered under that type.name, or undefined', () => {
  const n = node()
  const a = () => {}
  const b = () => {}
  select(n).on('dblclick.zoom', a).on('dblclick', b)
  assert.equal(select(n).on('dblclick.zoom'), a)
  assert.equal(select(n).on('dblclick'), b)
  assert.equal(select(n).on('dblclick.other'), undefined)
  select(n).on('dblclick.zoom', null)
  assert.equal(select(n).on('dblclick.zoom'), undefined)
})

/**
 * An EventTarget that logs what it is asked to add and remove, with the capture flag the DOM matches
 * listeners by (Node's own EventTarget does not remove a capture listener, so it cannot tell).
 */
class LoggingTarget extends EventTarget {
  readonly log: string[] = []
  private readonly ids = new Map<unknown, number>()
  private id(listener: unknown) {
    if (!this.ids.has(listener)) this.ids.set(listener, this.ids.size)
    return this.ids.get(listener)
  }
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    this.log.push(`add ${type} #${this.id(listener)} ${JSON.stringify(options ?? null)}`)
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    this.log.push(`remove ${type} #${this.id(listener)} ${JSON.stringify(options ?? null)}`)
  }
}

test('a listener is removed with the options it was added with, also when it replaced another', () => {
  const t = new LoggingTarget()
  select(t).on('mousemove.zoom', () => {}, true)
  select(t).on('mousemove.zoom', () => {}, { passive: false })
  select(t).on('mousemove.zoom mouseup.zoom', null)
  assert.deepEqual(t.log, ['add mousemove #0 true', 'remove mousemove #0 true', 'add mousemove #1 {"passive":false}', 'remove mousemove #1 {"passive":false}'])
})

test('on() asks the node to add and remove exactly what d3-selection asks', () => {
  const calls: [string, ((e: Event) => void) | null, boolean | AddEventListenerOptions | undefined][] = [
    ['wheel.zoom', () => {}, { passive: false }],
    ['mousedown.zoom dblclick.zoom', () => {}, undefined],
    ['dragstart.drag selectstart.drag', () => {}, { capture: true, passive: false }],
    ['dragstart.drag', null, undefined],
    ['click.drag', () => {}, { capture: true, passive: false }],
    ['click.drag', () => {}, true],
    ['dblclick.zoom', null, undefined],
    ['.zoom', null, undefined],
    ['.drag', null, undefined],
  ]
  const ours = new LoggingTarget()
  const theirs = new LoggingTarget()
  for (const [typenames, listener, options] of calls) {
    select(ours).on(typenames, listener, options)
    d3Select(theirs).on(typenames, listener, options)
  }
  assert.deepEqual(ours.log, theirs.log)
  assert.equal(ours.log.length, 14)
})

test('on, property and style act on every node the selection holds, as d3 does', () => {
  const nodes = [node('x'), node('y')]
  const { calls, listener } = recorder()
  const both = new Selection(nodes)
  both.on('click', listener('a'))
  nodes.forEach((n) => n.dispatchEvent(new Event('click')))
  assert.deepEqual(calls, ['a click x this=node', 'a click y this=node'])
})

test('property sets a constant, computes a function per node, and removes on null', () => {
  const plain = [{ __data__: 1 }, { __data__: 2, __zoom: 'kept' }] as unknown as (EventTarget & Record<string, unknown>)[]
  const s = new Selection(plain)
  s.property('__zoom', function (this: Record<string, unknown>, d, i) {
    return this.__zoom ?? `default ${String(d)} ${i}`
  })
  assert.deepEqual(plain.map((p) => p.__zoom), ['default 1 0', 'kept'])
  assert.equal(s.property('__zoom'), 'default 1 0')
  s.property('__zoom', 'same')
  assert.deepEqual(plain.map((p) => p.__zoom), ['same', 'same'])
  s.property('__zoom', null)
  assert.deepEqual(plain.map((p) => '__zoom' in p), [false, false])
  s.property('__zoom', 'again').property('__zoom', () => undefined)
  assert.deepEqual(plain.map((p) => '__zoom' in p), [false, false], 'a function answering undefined removes it too')
})

test('style sets each node\'s inline style with its priority, and removes on null', () => {
  const log: string[] = []
  const styled = () => ({ style: { setProperty: (n: string, v: string, p: string) => log.push(`set ${n}=${v} !${p}`), removeProperty: (n: string) => log.push(`remove ${n}`) } })
  const s = new Selection([styled(), styled()] as unknown as EventTarget[])
  s.style('-webkit-tap-highlight-color', 'rgba(0,0,0,0)')
  s.style('touch-action', 'none', 'important')
  s.style('touch-action', null)
  assert.deepEqual(log, [
    'set -webkit-tap-highlight-color=rgba(0,0,0,0) !',
    'set -webkit-tap-highlight-color=rgba(0,0,0,0) !',
    'set touch-action=none !important',
    'set touch-action=none !important',
    'remove touch-action',
    'remove touch-action',
  ])
})

test('filter keeps the nodes for which the test, called on the node with datum, index and group, is truthy', () => {
  const nodes = [node('a'), node('b'), node('c')]
  const seen: string[] = []
  const kept = new Selection(nodes).filter(function (this: EventTarget, d, i, group) {
    seen.push(`${String(d)} ${i} ${group.length} ${this === nodes[i]}`)
    return d !== 'b'
  })
  assert.deepEqual(seen, ['a 0 3 true', 'b 1 3 true', 'c 2 3 true'])
  const { calls, listener } = recorder()
  kept.on('click', listener('k'))
  nodes.forEach((n) => n.dispatchEvent(new Event('click')))
  assert.deepEqual(calls, ['k click a this=node', 'k click c this=node'])
})

test('a filter that keeps nothing leaves a selection whose calls do nothing', () => {
  const n = node()
  const none = select(n).filter(() => 0)
  assert.equal(none.node(), null)
  const { calls, listener } = recorder()
  none.on('touchstart.zoom', listener('t')).style('touch-action', 'none')
  n.dispatchEvent(new Event('touchstart'))
  assert.deepEqual(calls, [])
})

test('each calls back on every node with datum, index and group and returns the selection', () => {
  const nodes = [node(1), node(2)]
  const s = new Selection(nodes)
  const seen: unknown[] = []
  assert.equal(
    s.each(function (this: EventTarget, d, i, group) {
      seen.push([this === nodes[i], d, i, group.length])
    }),
    s,
  )
  assert.deepEqual(seen, [[true, 1, 0, 2], [true, 2, 1, 2]])
})

test('call hands the selection and the extra arguments to the function and returns the selection', () => {
  const s = select(node())
  let got: unknown[] = []
  assert.equal(s.call((sel, a: number, b: string) => (got = [sel, a, b]), 1, 'two'), s)
  assert.deepEqual(got, [s, 1, 'two'])
})

test('datum and node read the first node; selection() is the selection itself', () => {
  const n = node({ id: 7 })
  const s = select(n)
  assert.equal(s.node(), n)
  assert.deepEqual(s.datum(), { id: 7 })
  assert.equal(s.selection(), s)
})

test('a method added to selection.prototype is on every selection (zoom-interrupt.ts adds interrupt)', () => {
  const proto = selection.prototype as { interruptForTest?: () => unknown }
  proto.interruptForTest = function (this: unknown) {
    return this
  }
  try {
    const s = select(node()) as unknown as { interruptForTest(): unknown }
    assert.equal(s.interruptForTest(), s)
    assert.equal(selection.prototype, Selection.prototype)
  } finally {
    delete proto.interruptForTest
  }
})

test('select refuses a selector string with a clear error', () => {
  assert.throws(() => select('svg' as unknown as EventTarget), /takes a node, not a selector/)
})

// pointer(): fake nodes, each answered by both this module and d3-selection.

/** An SVG element whose screen CTM is a scale and a translation (its inverse maps client to user units). */
function svgElement(scale: number, dx: number, dy: number, owner?: object) {
  const inverse = { scale, dx, dy }
  return {
    ownerSVGElement: owner ?? null,
    createSVGPoint: () => ({
      x: 0,
      y: 0,
      matrixTransform(m: typeof inverse) {
        return { x: (this.x - m.dx) / m.scale, y: (this.y - m.dy) / m.scale }
      },
    }),
    getScreenCTM: () => ({ inverse: () => inverse }),
  }
}

const htmlElement = { getBoundingClientRect: () => ({ left: 100, top: 40 }), clientLeft: 2, clientTop: 3 }

const cases: [string, PointerSource, unknown][] = [
  ['an SVG element, through its screen CTM', { clientX: 250, clientY: 90 }, svgElement(2, 50, 10)],
  ['an element inside an SVG: the point is the root\'s, the CTM the element\'s own', { clientX: 250, clientY: 90 }, { ...svgElement(4, 10, 10, svgElement(1, 0, 0)), createSVGPoint: undefined }],
  ['an HTML element, from its box inside the border', { clientX: 250, clientY: 90 }, htmlElement],
  ['no node: page coordinates', { clientX: 250, clientY: 90, pageX: 260, pageY: 1090 }, null],
  ['a d3 event wrapping a wrapped mouse event', { clientX: 0, clientY: 0, sourceEvent: { clientX: 0, clientY: 0, sourceEvent: { clientX: 130, clientY: 50 } } }, htmlElement],
  ['no node given: the event\'s currentTarget', { clientX: 130, clientY: 50, currentTarget: svgElement(0.5, 0, 0) }, undefined],
  ['a Touch (no currentTarget) on an SVG element', { clientX: 30, clientY: 20 }, svgElement(1, -5, -5)],
]

for (const [name, event, target] of cases) {
  test(`pointer answers as d3-selection's: ${name}`, () => {
    const ours = pointer(event, target)
    const theirs = d3Pointer(event, target)
    assert.deepEqual(ours, theirs)
    assert.ok(ours.every(Number.isFinite), `finite: ${ours}`)
  })
}

test('pointer on an SVG element: client (250, 90) with CTM scale 2, offset (50, 10) is (100, 40)', () => {
  assert.deepEqual(pointer({ clientX: 250, clientY: 90 }, svgElement(2, 50, 10)), [100, 40])
})

test('pointer on an HTML element subtracts the box corner and the border', () => {
  assert.deepEqual(pointer({ clientX: 250, clientY: 90 }, htmlElement), [148, 47])
})

// The same calls on d3-selection and on this module leave the same listeners behind.

test('a sequence of on() calls leaves the same listeners as d3-selection\'s', () => {
  const sequence: [string, string | null][] = [
    ['wheel.zoom mousedown.zoom dblclick.zoom', 'a'],
    ['touchstart.zoom touchmove.zoom', 'b'],
    ['dblclick.zoom', null],
    ['mousedown.zoom', 'c'],
    ['click', 'd'],
    ['click.drag', 'e'],
    ['.zoom', null],
    ['touchmove.zoom', 'f'],
  ]
  const run = (on: (n: EventTarget, typenames: string, listener: ((e: Event) => void) | null) => void) => {
    const n = node('d')
    const log: string[] = []
    for (const [typenames, label] of sequence) on(n, typenames, label ? (e: Event) => log.push(`${label} ${e.type}`) : null)
    for (const type of ['wheel', 'mousedown', 'dblclick', 'touchstart', 'touchmove', 'click']) n.dispatchEvent(new Event(type))
    return log
  }
  const ours = run((n, t, l) => select(n).on(t, l))
  const theirs = run((n, t, l) => d3Select(n).on(t, l))
  assert.deepEqual(ours, theirs)
  assert.deepEqual(ours, ['f touchmove', 'd click', 'e click'])
})
