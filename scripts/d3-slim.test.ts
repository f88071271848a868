import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { D3_SLIM } from './d3-slim.mjs'

/**
 * d3-zoom bundled as the browser gets it (esbuild with D3_SLIM, as scripts/build-embed.mjs does),
 * driven through the gestures the timeline uses on stand-in nodes, beside the same d3-zoom bundled
 * with the real d3-selection: the zoom events and the listeners left behind must be the same.
 */

const root = path.resolve(import.meta.dirname, '..')
const ENTRY = `
export { zoom, zoomIdentity } from 'd3-zoom'
export { select } from 'd3-selection'
export { interruptible } from './components/timeline/zoom-interrupt.ts'
`

interface Bundle {
  zoom: () => ZoomBehavior
  zoomIdentity: Transform
  select: (node: unknown) => Sel
  interruptible: (node: unknown, stop: () => void) => () => void
}
interface Transform {
  k: number
  x: number
  y: number
  translate(x: number, y: number): Transform
  scale(k: number): Transform
}
interface Sel {
  call(f: unknown, ...args: unknown[]): Sel
  on(typenames: string, listener: null): Sel
}
interface ZoomBehavior {
  (selection: Sel): void
  transform: unknown
  extent(e: number[][]): ZoomBehavior
  scaleExtent(e: number[]): ZoomBehavior
  filter(f: (event: Event & { touches?: unknown[]; ctrlKey?: boolean; button?: number }) => boolean): ZoomBehavior
  on(type: string, listener: (event: { type: string; transform: Transform; sourceEvent: Event | null }) => void): ZoomBehavior
}

let dir = ''
const bundles: Record<'slim' | 'd3', { module: Bundle; inputs: string[] }> = {} as never

async function bundle(name: string, alias: Record<string, string>) {
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    alias,
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const file = path.join(dir, `${name}.mjs`)
  await writeFile(file, result.outputFiles[0]!.text)
  return { module: (await import(pathToFileURL(file).href)) as Bundle, inputs: Object.keys(result.metafile.inputs) }
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'd3-slim-'))
  const withD3Selection: Record<string, string> = { ...D3_SLIM }
  delete withD3Selection['d3-selection']
  bundles.slim = await bundle('slim', D3_SLIM)
  bundles.d3 = await bundle('d3', withD3Selection)
  // d3-zoom's default touchable() reads navigator.maxTouchPoints, then "ontouchstart" in the node.
  if (typeof navigator === 'undefined') Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true })
})

after(() => rm(dir, { recursive: true, force: true }))

/**
 * An EventTarget that counts the listeners it holds, as the DOM matches them (type, listener, capture).
 * Node's EventTarget does not remove a listener added with capture, so capture is kept here, not there.
 */
class Target extends EventTarget {
  readonly held = new Set<string>()
  private readonly ids = new Map<unknown, number>()
  private key(type: string, listener: unknown, options: unknown) {
    if (!this.ids.has(listener)) this.ids.set(listener, this.ids.size)
    const capture = typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture
    return `${type} #${this.ids.get(listener)} ${capture}`
  }
  override addEventListener(type: string, listener: EventListener | null, options?: boolean | AddEventListenerOptions) {
    this.held.add(this.key(type, listener, options))
    super.addEventListener(type, listener)
  }
  override removeEventListener(type: string, listener: EventListener | null, options?: boolean | EventListenerOptions) {
    this.held.delete(this.key(type, listener, options))
    super.removeEventListener(type, listener)
  }
  types() {
    return [...this.held].map((k) => k.split(' ')[0]).sort()
  }
}

/** The drawing's <svg>, 10 px from the viewport's left edge: client x 510 is user x 500. */
class Svg extends Target {
  ownerSVGElement = null
  ontouchstart = null
  style = { setProperty: () => {}, removeProperty: () => {} }
  createSVGPoint() {
    return { x: 0, y: 0, matrixTransform(m: { dx: number }) { return { x: this.x - m.dx, y: this.y } } }
  }
  getScreenCTM() {
    return { inverse: () => ({ dx: 10 }) }
  }
}

class Window extends Target {
  document = { documentElement: { onselectstart: null, style: {} } }
}

const event = (type: string, props: object = {}) => Object.assign(new Event(type, { cancelable: true }), props)
const touch = (identifier: number, clientX: number) => ({ identifier, clientX, clientY: 50 })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The timeline's gestures, one after another; returns what the zoom listener saw and what was left listening. */
async function run({ module: d3 }: { module: Bundle }) {
  const svg = new Svg()
  const win = new Window()
  const seen: string[] = []
  let wheelAllowed = false
  let interrupted = 0
  const behavior = d3
    .zoom()
    .extent([[0, 0], [1000, 100]])
    .scaleExtent([1, 8])
    // zoom-controller.ts's filter: the wheel only when allowed or with Ctrl, two fingers, the main button.
    .filter((e) => (e.type === 'wheel' ? wheelAllowed || !!e.ctrlKey : e.type === 'touchstart' ? (e.touches?.length ?? 0) >= 2 : !e.ctrlKey && !e.button))
    .on('start zoom end', (e) => seen.push(`${e.type} k=${+e.transform.k.toFixed(4)} x=${+e.transform.x.toFixed(2)} ${e.sourceEvent?.type ?? 'program'}`))
  const selection = d3.select(svg).call(behavior).on('dblclick.zoom', null)
  const listening = svg.types()

  // The wheel: refused while not allowed, then zooms in about the pointer, interrupting an animation.
  d3.interruptible(svg, () => interrupted++)
  const refused = event('wheel', { deltaY: -100, deltaMode: 0, clientX: 510, clientY: 50 })
  svg.dispatchEvent(refused)
  const interruptedByRefused = interrupted
  wheelAllowed = true
  const wheel = event('wheel', { deltaY: -100, deltaMode: 0, clientX: 510, clientY: 50 })
  svg.dispatchEvent(wheel)
  const interruptedByWheel = interrupted - interruptedByRefused
  await sleep(200) // d3-zoom ends a wheel gesture after 150 ms without one

  // A mouse drag: pressed on the drawing, moved and released on the window.
  svg.dispatchEvent(event('mousedown', { button: 0, clientX: 300, clientY: 50, view: win }))
  const duringDrag = win.types()
  const duringDragHeld = [...win.held].sort() // with capture: d3-zoom and d3-drag listen on the window's way down
  win.dispatchEvent(event('mousemove', { clientX: 250, clientY: 50, view: win }))
  win.dispatchEvent(event('mouseup', { clientX: 250, clientY: 50, view: win }))
  const afterDrag = win.types()
  await sleep(10) // the click after a drag is swallowed until the next task

  // Two fingers spread apart; then one finger, which is the page's (it scrolls).
  svg.dispatchEvent(event('touchstart', { touches: [touch(1, 400), touch(2, 600)], changedTouches: [touch(1, 400), touch(2, 600)] }))
  svg.dispatchEvent(event('touchmove', { touches: [touch(1, 300), touch(2, 700)], changedTouches: [touch(1, 300), touch(2, 700)] }))
  svg.dispatchEvent(event('touchend', { touches: [], changedTouches: [touch(1, 300), touch(2, 700)] }))
  svg.dispatchEvent(event('touchstart', { touches: [touch(3, 400)], changedTouches: [touch(3, 400)] }))
  svg.dispatchEvent(event('touchmove', { touches: [touch(3, 100)], changedTouches: [touch(3, 100)] }))
  svg.dispatchEvent(event('touchend', { touches: [], changedTouches: [touch(3, 100)] }))

  // A programmatic zoom, one zoom.transform per frame.
  for (const k of [3, 2.5, 2]) selection.call(behavior.transform, d3.zoomIdentity.translate(-100 * k, 0).scale(k))

  // Removed: nothing left listening, and a wheel does nothing.
  selection.on('.zoom', null)
  const before = seen.length
  svg.dispatchEvent(event('wheel', { deltaY: -100, deltaMode: 0, clientX: 510, clientY: 50 }))
  await sleep(600) // past d3-zoom's touch timers
  return {
    seen,
    listening,
    duringDrag,
    duringDragHeld,
    afterDrag,
    left: [...svg.types(), ...win.types()],
    afterRemoval: seen.length - before,
    interrupted: [interruptedByRefused, interruptedByWheel, interrupted],
    prevented: [refused.defaultPrevented, wheel.defaultPrevented],
  }
}

test('the slim bundle holds no d3-selection, d3-transition or d3-interpolate', () => {
  const dropped = bundles.slim.inputs.filter((f) => /node_modules\/d3-(selection|transition|interpolate)\//.test(f))
  assert.deepEqual(dropped, [])
  assert.ok(bundles.slim.inputs.some((f) => f.endsWith('components/timeline/zoom-selection.ts')))
  assert.ok(bundles.d3.inputs.some((f) => /node_modules\/d3-selection\//.test(f)), 'the comparison bundle has the real one')
})

test('d3-zoom on the stand-in answers the timeline\'s gestures as on d3-selection', async () => {
  const slim = await run(bundles.slim)
  const real = await run(bundles.d3)
  assert.deepEqual(slim, real)
})

test('d3-zoom on the stand-in: wheel, drag, pinch, transform and removal each do what the timeline needs', async () => {
  const r = await run(bundles.slim)
  assert.deepEqual(r.listening, ['mousedown', 'touchcancel', 'touchend', 'touchmove', 'touchstart', 'wheel'])
  assert.deepEqual(r.prevented, [false, true], 'the refused wheel scrolls the page; the allowed one does not')
  assert.deepEqual(r.interrupted, [0, 1, 3], 'the wheel, the drag and the pinch each stop a running animation; a refused wheel does not')
  assert.deepEqual(r.duringDrag, ['mousemove', 'mouseup', 'selectstart', 'dragstart'].sort())
  assert.ok(r.duringDragHeld.every((k) => k.endsWith(' true')), `all with capture: ${r.duringDragHeld}`)
  assert.deepEqual(r.afterDrag, ['click'], 'the click that ends a drag is swallowed')
  assert.deepEqual(r.left, [])
  assert.equal(r.afterRemoval, 0)
  const wheel = /^zoom k=(\S+) x=(\S+) wheel$/.exec(r.seen.find((s) => s.endsWith(' wheel') && s.startsWith('zoom'))!)!
  assert.ok(Math.abs(+wheel[1]! - 2 ** 0.2) < 1e-3, `wheel zoom ${wheel[1]}`)
  assert.ok(Math.abs(+wheel[2]! - 500 * (1 - 2 ** 0.2)) < 0.01, `about the pointer: ${wheel[2]}`)
  assert.ok(r.seen.includes(`zoom k=${+(2 ** 0.2).toFixed(4)} x=${+(500 * (1 - 2 ** 0.2) - 50).toFixed(2)} mousemove`), 'the drag panned by the 50 px the mouse moved')
  const pinch = r.seen.filter((s) => s.startsWith('zoom') && s.endsWith(' touchmove'))
  assert.equal(pinch.length, 1, 'two fingers zoom; one finger is left to the page')
  assert.match(pinch[0]!, /^zoom k=2\.2974 /, 'fingers twice as far apart: twice the scale')
  assert.deepEqual(r.seen.filter((s) => s.endsWith('program')).filter((s) => s.startsWith('zoom')), ['zoom k=3 x=-300 program', 'zoom k=2.5 x=-250 program', 'zoom k=2 x=-200 program'])
})
