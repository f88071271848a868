/**
 * Zoomed views of a widget's drawings, laid out by the server (issue 14: a widget with its zoom weighs
 * at most 35 KB, and the browser's own layout code alone would weigh more than the room left). The
 * widget's script keeps the gestures; each view it comes to is asked of `/embed/<slug>/view` with the
 * frame's own query (so the same options) and these parameters, and drawn from the markup that comes
 * back. The decisions are the browser zoom's own (zoom-targets.ts, tall-zoom-targets.ts), from the
 * same plan, so both hostings zoom alike; a static export has no server and lays out in the browser.
 */
const VIEW_PARAMS = {
  /** `h` (the wide drawing) or `v` (the tall one). */
  orientation: 'view',
  k: 'k',
  /** The wide drawing's pan, in drawing px (d3-zoom's x). */
  x: 'x',
  /** An event to bring into view on its own, not inside a cluster, zooming to at least `min`. */
  reveal: 'reveal',
  min: 'min',
  /** A cluster (its id in the view asked for) to open. */
  open: 'open',
} as const

/** One view asked for: where the reader is, and what they asked of it. */
export interface ViewQuery {
  orientation: 'horizontal' | 'vertical'
  k: number
  x: number
  reveal?: { id: string; min: number }
  open?: string
}

/** A query that asks for no view the widget can make: said in words, for a 400. */
export interface ViewQueryError {
  error: string
}

const MAX_ID = 200

/** Reads a view query; anything out of shape is an error that says which parameter and why. */
export function readViewQuery(params: URLSearchParams): ViewQuery | ViewQueryError {
  const p = VIEW_PARAMS
  const o = params.get(p.orientation)
  // The errors name the parameter and what it must be, never echoing what was sent.
  if (o !== 'h' && o !== 'v') return { error: `${p.orientation} must be h (the wide drawing) or v (the tall one)` }
  const number = (name: string, fallback: number): number | ViewQueryError => {
    const raw = params.get(name)
    if (raw === null || raw === '') return fallback
    const value = Number(raw)
    return Number.isFinite(value) && Math.abs(value) < 1e9 ? value : { error: `${name} must be a finite number` }
  }
  const k = number(p.k, 1)
  const x = number(p.x, 0)
  const min = number(p.min, 1)
  for (const value of [k, x, min]) if (typeof value !== 'number') return value
  const id = (name: string): string | undefined | ViewQueryError => {
    const raw = params.get(name)
    if (raw === null) return undefined
    return raw.length > 0 && raw.length <= MAX_ID ? raw : { error: `${name} must name an id of 1 to ${MAX_ID} characters` }
  }
  const reveal = id(p.reveal)
  const open = id(p.open)
  if (typeof reveal === 'object') return reveal
  if (typeof open === 'object') return open
  return {
    orientation: o === 'h' ? 'horizontal' : 'vertical',
    k: k as number,
    x: x as number,
    ...(reveal !== undefined ? { reveal: { id: reveal, min: min as number } } : {}),
    ...(open !== undefined ? { open } : {}),
  }
}

/** The query of a view, as the widget's script asks for it (appended to the frame's own query). */
export function viewQueryParams(query: ViewQuery): [string, string][] {
  const p = VIEW_PARAMS
  const out: [string, string][] = [
    [p.orientation, query.orientation === 'horizontal' ? 'h' : 'v'],
    [p.k, String(query.k)],
  ]
  if (query.orientation === 'horizontal') out.push([p.x, String(query.x)])
  if (query.reveal) out.push([p.reveal, query.reveal.id], [p.min, String(query.reveal.min)])
  if (query.open !== undefined) out.push([p.open, query.open])
  return out
}

/** What the widget's gestures need to know of each drawing before any view comes back (components/embed/served-zoom.ts). */
export interface ViewFrames {
  horizontal: { width: number; maxZoom: number }
  vertical: { width: number; maxZoom: number; axisTop: number }
}

/** The answer of `/embed/<slug>/view`, as JSON: the view it went to, and the markup inside the drawing's <svg> at that view. */
export interface ViewAnswer {
  orientation: 'horizontal' | 'vertical'
  k: number
  x: number
  about?: number
  width: number
  height: number
  /** How many events stand alone in it (the <svg>'s data-event-count). */
  events: number
  markup: string
}
