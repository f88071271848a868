/**
 * Stands in for d3-selection in the browser bundles (scripts/d3-slim.mjs
 * aliases it here for next.config.js and scripts/build-embed.mjs). d3-zoom
 * and the two functions of d3-drag it imports (dragDisable, dragEnable) use a
 * handful of d3-selection's methods on one node at a time: select a node or
 * the window, add and remove named listeners, set a property and a style,
 * filter, each, call, read the datum, and pointer() to place an event in a
 * node's coordinates. d3-selection ships them on one prototype object with
 * data joins, attributes, classes and the rest: 13 KB minified that no
 * bundler can shake apart, in a zoom module that must fit, with the rest of
 * the enhancement, in the story page's 30 KB (bench/js-weight.bench.ts) and
 * in the widget's 35 KB all in once zoomed (bench/embed.bench.ts, issue 14).
 *
 * What is here keeps d3-selection 3's semantics for what d3-zoom 3, d3-drag 3,
 * zoom-interrupt.ts and zoom-controller.ts call, and nothing else;
 * zoom-selection.test.ts holds it to d3-selection's answers. `selection` keeps
 * a prototype, as d3's does, so that zoom-interrupt.ts can add `interrupt`.
 */

/** A listener as d3 calls it: `this` is the node, then the event and the node's datum. */
type Listener = (this: EventTarget, event: never, datum: unknown) => void
type Options = boolean | AddEventListenerOptions
/** A function of a node's datum, index and group, called on the node, as d3 calls them. */
type Each<N, T> = (this: N, datum: unknown, index: number, group: N[]) => T

interface Entry {
  type: string
  name: string
  value: Listener
  listener: EventListener
  options: Options | undefined
}

// d3 keeps these in node.__on; a WeakMap keeps them off the nodes (the window among them).
const registry = new WeakMap<EventTarget, Entry[]>()

const datumOf = (node: unknown): unknown => (node as { __data__?: unknown } | null)?.__data__

/** "wheel.zoom mousedown.zoom" → [{type: 'wheel', name: 'zoom'}, …]; ".zoom" has no type and matches every type. */
function parseTypenames(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/\s+/)
    .map((t) => {
      const i = t.indexOf('.')
      return i < 0 ? { type: t, name: '' } : { type: t.slice(0, i), name: t.slice(i + 1) }
    })
}

function add(node: EventTarget, type: string, name: string, value: Listener, options: Options | undefined) {
  const entries = registry.get(node) ?? []
  registry.set(node, entries)
  const listener = (event: Event) => value.call(node, event as never, datumOf(node))
  const same = entries.find((o) => o.type === type && o.name === name)
  if (same) {
    // As d3: the new listener takes the old one's place, with the new options.
    node.removeEventListener(same.type, same.listener, same.options)
    Object.assign(same, { value, listener, options })
  } else entries.push({ type, name, value, listener, options })
  node.addEventListener(type, listener, options)
}

function remove(node: EventTarget, type: string, name: string) {
  const entries = registry.get(node)
  if (!entries) return
  const kept = entries.filter((o) => {
    const match = (!type || o.type === type) && o.name === name
    if (match) node.removeEventListener(o.type, o.listener, o.options)
    return !match
  })
  if (kept.length) registry.set(node, kept)
  else registry.delete(node)
}

export class Selection<N extends EventTarget = EventTarget> {
  constructor(private readonly nodes: N[]) {}

  /** d3's transitions answer their selection here; a selection answers itself (zoom.transform asks). */
  selection(): this {
    return this
  }

  node(): N | null {
    return this.nodes[0] ?? null
  }

  each(callback: Each<N, void>): this {
    this.nodes.forEach((node, i) => callback.call(node, datumOf(node), i, this.nodes))
    return this
  }

  filter(match: Each<N, unknown>): Selection<N> {
    return new Selection(this.nodes.filter((node, i) => match.call(node, datumOf(node), i, this.nodes)))
  }

  call<A extends unknown[]>(callback: (selection: this, ...args: A) => unknown, ...args: A): this {
    callback(this, ...args)
    return this
  }

  /** The first node's datum (d3's getter; setting data is not needed here). */
  datum(): unknown {
    return datumOf(this.node())
  }

  /** The first node's property; or sets it on each node, to a value or to what a function answers per node (null or undefined deletes it). */
  property(name: string): unknown
  property(name: string, value: Each<N, unknown>): this
  property(name: string, value: unknown): this
  property(name: string, ...value: unknown[]): unknown {
    if (!value.length) return (this.node() as Record<string, unknown> | null)?.[name]
    const [v] = value
    return this.each(function (this: N, ...args) {
      const own = this as unknown as Record<string, unknown>
      const next: unknown = typeof v === 'function' ? v.apply(this, args) : v
      if (next == null) delete own[name]
      else own[name] = next
    })
  }

  /** Sets a style property on each node (d3-zoom's tap highlight); null removes it. */
  style(name: string, value: string | null | Each<N, string | null | undefined>, priority?: string | null): this {
    return this.each(function (this: N, ...args) {
      const style = (this as unknown as ElementCSSInlineStyle).style
      const next = typeof value === 'function' ? value.apply(this, args) : value
      if (next == null) style.removeProperty(name)
      else style.setProperty(name, next, priority ?? '')
    })
  }

  /** The listener registered on the first node under one of these `type.name`s, if any. */
  on(typenames: string): Listener | undefined
  /** Adds (replacing one of the same `type.name`) or, given null, removes listeners; `.name` alone removes that name's listeners of every type. */
  on(typenames: string, listener: Listener | null | undefined, options?: Options): this
  on(typenames: string, ...rest: [(Listener | null)?, Options?]): Listener | undefined | this {
    const parsed = parseTypenames(String(typenames))
    if (!rest.length) {
      const entries = registry.get(this.node() as EventTarget) ?? []
      return entries.find((o) => parsed.some((t) => t.type === o.type && t.name === o.name))?.value
    }
    const [listener, options] = rest
    for (const { type, name } of parsed) {
      for (const node of this.nodes) {
        if (listener) add(node, type, name, listener, options)
        else remove(node, type, name)
      }
    }
    return this
  }
}

/** A selection of one node, or of the window (d3-zoom and d3-drag listen there during a drag). */
export function select<N extends EventTarget>(node: N): Selection<N> {
  if (typeof node === 'string') throw new TypeError('zoom-selection: select() takes a node, not a selector (d3-selection is not in the browser bundles)')
  return new Selection([node])
}

/** d3's `selection()`: the document's root element; its prototype is every selection's. */
export function selection(): Selection<Element> {
  return select(document.documentElement)
}
selection.prototype = Selection.prototype

/** What pointer() reads of an event, a Touch, or a d3 event wrapping one (sourceEvent). */
export interface PointerSource {
  clientX: number
  clientY: number
  pageX?: number
  pageY?: number
  currentTarget?: unknown
  sourceEvent?: PointerSource | null
}

interface Point {
  x: number
  y: number
  matrixTransform(matrix: unknown): { x: number; y: number }
}

/** What pointer() reads of the node: an SVG element's CTM, or an HTML element's box. */
interface PointerNode {
  ownerSVGElement?: PointerNode | null
  createSVGPoint?: () => Point
  getScreenCTM?: () => { inverse(): unknown } | null
  getBoundingClientRect?: () => { left: number; top: number }
  clientLeft?: number
  clientTop?: number
}

/**
 * Where the event happened in the node's coordinates, as d3-selection's
 * pointer(): the innermost source event, the node defaulting to the event's
 * currentTarget; in an SVG element's user units through its screen CTM, in an
 * HTML element from its border box's inner corner; page coordinates without one.
 */
export function pointer(event: PointerSource, node?: unknown): [number, number] {
  while (event.sourceEvent) event = event.sourceEvent
  if (node === undefined) node = event.currentTarget
  const target = node as PointerNode | null | undefined
  if (target) {
    const svg = target.ownerSVGElement || target
    if (svg.createSVGPoint) {
      const point = svg.createSVGPoint()
      point.x = event.clientX
      point.y = event.clientY
      // getScreenCTM is null for an element not rendered; d3 throws there too.
      const p = point.matrixTransform(target.getScreenCTM!()!.inverse())
      return [p.x, p.y]
    }
    if (target.getBoundingClientRect) {
      const rect = target.getBoundingClientRect()
      return [event.clientX - rect.left - target.clientLeft!, event.clientY - rect.top - target.clientTop!]
    }
  }
  return [event.pageX!, event.pageY!]
}
