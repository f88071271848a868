import { piecewiseScale, type TimeScale } from './piecewise'

/** A stretch of time drawn at one linear rate. */
export interface Segment {
  start: number
  end: number
  x0: number
  x1: number
}

/** How wide a break in the axis is drawn at fit-all, px (TimeAxisOptions.breakWidth's default). */
export const BREAK_WIDTH = 36

/** An empty stretch of time squeezed to a fixed width, drawn as a break in the axis. */
export interface AxisBreak {
  from: number
  to: number
  x0: number
  x1: number
}

export interface TimeAxis {
  segments: Segment[]
  breaks: AxisBreak[]
  /** Piecewise-linear UTC scale over every segment and break, clamped to the drawing. */
  scale: TimeScale
  x0: number
  x1: number
}

export interface TimeAxisOptions {
  x0: number
  x1: number
  /** Width of each break in the axis, px. */
  breakWidth?: number
  /** Neighbouring moments closer than this (px) count as crowded. */
  minSpacing?: number
  /** At most this many breaks. */
  maxBreaks?: number
  /** A gap shorter than this share of the time still drawn is never cut. */
  minGapShare?: number
  /** No segment is drawn narrower than this, px. */
  minSegmentWidth?: number
  /** Share of the width that follows duration; the rest follows how many moments a segment holds. */
  durationShare?: number
  /**
   * The axis runs for at least this long (ms), widened equally on both sides: a lone event, or a few
   * close together, stand in the middle of a stretch that gives them context (a week around a day).
   */
  minExtent?: number
}

const DAY = 86_400_000

/**
 * Builds the time axis through a set of moments (UTC ms): the starts of events
 * and the ends of short ones. News stories cluster: a week of events after
 * months of quiet, and a linear scale would crush the week into a few pixels.
 * While neighbouring moments are crowded, the longest empty gap is cut out and
 * drawn as a visible break. Each segment is linear; segments share the width
 * by duration and by how many moments they hold.
 */
export function buildTimeAxis(moments: readonly number[], options: TimeAxisOptions): TimeAxis {
  const { x0, x1, breakWidth = BREAK_WIDTH, minSpacing = 24, maxBreaks = 3, minGapShare = 0.1, minSegmentWidth = 110, durationShare = 0.35, minExtent = 0 } = options
  const finite = moments.filter(Number.isFinite).sort((a, b) => a - b)
  // Distinct moments; equal ones sit together once sorted.
  const points: number[] = []
  for (const t of finite) if (points.length === 0 || points[points.length - 1] !== t) points.push(t)
  if (points.length === 0) points.push(Date.UTC(2000, 0, 1))
  // How many moments stand at or before each distinct point: segments share width by what they hold.
  const heldBefore = (t: number) => {
    let n = 0
    while (n < finite.length && finite[n]! <= t) n++
    return n
  }

  const gaps = points.slice(1).map((t, i) => ({ index: i, from: points[i]!, to: t, length: t - points[i]! }))
  const total = points[points.length - 1]! - points[0]!
  // Folded rather than spread: Math.min(...xs) runs out of stack on very long timelines.
  let closest = total
  for (const g of gaps) if (g.length > 0) closest = Math.min(closest, g.length)
  // A gap is worth cutting when it is long next to its neighbours: cutting it frees the room a crowded
  // cluster beside it needs, where cutting a gap between two quiet stretches would not.
  const score = (i: number) => gaps[i]!.length / Math.min(gaps[i - 1]?.length ?? Infinity, gaps[i + 1]?.length ?? Infinity, total)
  const cut = new Set<number>()
  const drawn = () => total - [...cut].reduce((s, i) => s + gaps[i]!.length, 0)
  const rate = () => (x1 - x0 - cut.size * breakWidth) / Math.max(drawn(), 1)
  while (cut.size < maxBreaks && closest * rate() < minSpacing) {
    let best = -1
    let bestScore = 0
    // Nothing is cut during the scan, so the shortest gap worth cutting is the same for every gap.
    const shortest = drawn() * minGapShare
    for (const g of gaps) {
      if (cut.has(g.index) || g.length < shortest) continue
      const gScore = score(g.index)
      if (best === -1 || gScore > bestScore || (gScore === bestScore && g.length > gaps[best]!.length)) {
        best = g.index
        bestScore = gScore
      }
    }
    if (best === -1) break
    cut.add(best)
  }

  // Segments: runs of moments between cut gaps, padded so marks at their edges sit clear of a break.
  const runs: { start: number; end: number; count: number }[] = []
  let runStart = 0
  for (const g of gaps) {
    if (!cut.has(g.index)) continue
    runs.push({ start: points[runStart]!, end: g.from, count: 0 })
    runStart = g.index + 1
  }
  runs.push({ start: points[runStart]!, end: points[points.length - 1]!, count: 0 })
  let before = 0
  for (const r of runs) {
    const upTo = heldBefore(r.end)
    r.count = upTo - before
    before = upTo
  }
  const padded = runs.map((r) => {
    const pad = Math.max((r.end - r.start) * 0.05, Math.min(DAY / 2, total * 0.02 || DAY / 2), 1)
    return { start: r.start - pad, end: r.end + pad, count: r.count }
  })
  const short = minExtent - (padded[padded.length - 1]!.end - padded[0]!.start)
  if (short > 0) {
    padded[0]!.start -= short / 2
    padded[padded.length - 1]!.end += short / 2
  }

  // Width follows time (a third, by default) and crowding (the rest): a busy week gets room to show its events,
  // a quiet month still reads longer than a day. Narrow segments are then lifted to the minimum.
  const available = Math.max(x1 - x0 - (padded.length - 1) * breakWidth, padded.length * minSegmentWidth)
  const totalDuration = padded.reduce((s, p) => s + (p.end - p.start), 0)
  const totalCount = padded.reduce((s, p) => s + p.count, 0)
  // With no moments at all (an empty story's axis) crowding shares nothing out: the segments split it evenly.
  const crowding = (p: { count: number }) => (totalCount > 0 ? p.count / totalCount : 1 / padded.length)
  let widths = padded.map((p) => available * (durationShare * ((p.end - p.start) / totalDuration) + (1 - durationShare) * crowding(p)))
  const narrow = widths.map((w) => w < minSegmentWidth)
  if (narrow.some(Boolean) && !narrow.every(Boolean)) {
    const need = widths.reduce((s, w, i) => s + (narrow[i] ? minSegmentWidth - w : 0), 0)
    const spare = widths.reduce((s, w, i) => s + (narrow[i] ? 0 : w - minSegmentWidth), 0)
    widths = widths.map((w, i) => (narrow[i] ? minSegmentWidth : w - ((w - minSegmentWidth) / spare) * need))
  } else if (narrow.every(Boolean)) widths = widths.map(() => available / padded.length)

  const segments: Segment[] = []
  const breaks: AxisBreak[] = []
  let x = x0
  padded.forEach((p, i) => {
    if (i > 0) {
      breaks.push({ from: segments[i - 1]!.end, to: p.start, x0: x, x1: x + breakWidth })
      x += breakWidth
    }
    segments.push({ start: p.start, end: p.end, x0: x, x1: x + widths[i]! })
    x += widths[i]!
  })

  const scale = piecewiseScale(
    segments.flatMap((s) => [s.start, s.end]),
    segments.flatMap((s) => [s.x0, s.x1]),
    true,
  )
  return { segments, breaks, scale, x0, x1: x }
}
