import { scaleUtc, type ScaleTime } from 'd3-scale'

/** A stretch of time drawn at one linear rate. */
export interface Segment {
  start: number
  end: number
  x0: number
  x1: number
}

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
  scale: ScaleTime<number, number>
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
}

const DAY = 86_400_000

/**
 * Builds the time axis through a set of moments (UTC ms): the starts of events
 * and the ends of short ones. News stories cluster: a week of events after
 * months of quiet, and a linear scale would crush the week into a few pixels.
 * While neighbouring moments are crowded, the longest empty gap is cut out and
 * drawn as a visible break; everything else keeps one linear rate, so equal
 * times stay equal lengths within the drawing.
 */
export function buildTimeAxis(moments: readonly number[], options: TimeAxisOptions): TimeAxis {
  const { x0, x1, breakWidth = 36, minSpacing = 24, maxBreaks = 4, minGapShare = 0.1, minSegmentWidth = 110 } = options
  const points = [...new Set(moments.filter(Number.isFinite))].sort((a, b) => a - b)
  if (points.length === 0) points.push(Date.UTC(2000, 0, 1))
  if (points.length === 1) points.push(points[0]! + DAY)

  const gaps = points.slice(1).map((t, i) => ({ index: i, from: points[i]!, to: t, length: t - points[i]! }))
  const total = points[points.length - 1]! - points[0]!
  const closest = Math.min(...gaps.map((g) => g.length).filter((l) => l > 0), total)
  const cut = new Set<number>()
  const drawn = () => total - [...cut].reduce((s, i) => s + gaps[i]!.length, 0)
  const rate = () => (x1 - x0 - cut.size * breakWidth) / Math.max(drawn(), 1)
  const byLength = [...gaps].sort((a, b) => b.length - a.length)
  for (const gap of byLength) {
    if (cut.size >= maxBreaks || closest * rate() >= minSpacing) break
    if (gap.length < drawn() * minGapShare) break
    cut.add(gap.index)
  }

  // Segments: runs of moments between cut gaps, padded so marks at their edges sit clear of a break.
  const runs: { start: number; end: number }[] = []
  let runStart = points[0]!
  for (const g of gaps) {
    if (!cut.has(g.index)) continue
    runs.push({ start: runStart, end: g.from })
    runStart = g.to
  }
  runs.push({ start: runStart, end: points[points.length - 1]! })
  const padded = runs.map((r) => {
    const pad = Math.max((r.end - r.start) * 0.05, Math.min(DAY / 2, total * 0.02 || DAY / 2), 1)
    return { start: r.start - pad, end: r.end + pad }
  })

  // One rate for all segments, then narrow ones lifted to the minimum at the expense of wide ones.
  const available = Math.max(x1 - x0 - (padded.length - 1) * breakWidth, padded.length * minSegmentWidth)
  const totalDuration = padded.reduce((s, p) => s + (p.end - p.start), 0)
  let widths = padded.map((p) => (available * (p.end - p.start)) / totalDuration)
  const short = widths.map((w) => w < minSegmentWidth)
  if (short.some(Boolean) && !short.every(Boolean)) {
    const need = widths.reduce((s, w, i) => s + (short[i] ? minSegmentWidth - w : 0), 0)
    const spare = widths.reduce((s, w, i) => s + (short[i] ? 0 : w - minSegmentWidth), 0)
    widths = widths.map((w, i) => (short[i] ? minSegmentWidth : w - ((w - minSegmentWidth) / spare) * need))
  } else if (short.every(Boolean)) widths = widths.map(() => available / padded.length)

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

  const scale = scaleUtc<number, number>()
    .domain(segments.flatMap((s) => [new Date(s.start), new Date(s.end)]))
    .range(segments.flatMap((s) => [s.x0, s.x1]))
    .clamp(true)
  return { segments, breaks, scale, x0, x1: x }
}
