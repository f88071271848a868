import type { PluralForms } from '../i18n/plural'
import type { TimeSpan } from '../time/types'
import type { AxisBreak, Segment } from './time-axis'

/** What the layout needs of an event; the content model satisfies it. */
export interface LayoutEventInput {
  id: string
  title: string
  span: TimeSpan
  importance: 1 | 2 | 3
  quoteIds: readonly string[]
}

/** What the layout needs of a quote. */
export interface LayoutQuoteInput {
  id: string
  text: string
  by: string
  role?: string
  span: TimeSpan
  eventId?: string
}

/** The words a layout writes into labels and accessible names, in the story's language (from lib/i18n: layoutTexts). */
export interface LayoutTexts {
  events: PluralForms
  quotes: PluralForms
  /** A cluster's second line. */
  clusterHint: string
  /** A cluster's description: `{title}` of its first event, `{n}` others. */
  clusterMore: string
  /** A long date range read out: `{from}`, `{to}`. */
  range: string
}

export interface LayoutOptions {
  /** Drawing width in px (the SVG's viewBox width). */
  width?: number
  /** BCP 47 language for date labels. */
  locale?: string
  /** Words for labels and accessible names; English by default. */
  texts?: LayoutTexts
}

export type Point = [x: number, y: number]

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export type EndStyle = 'firm' | 'fuzzy' | 'open' | 'unknown'

/** The axis as drawn: its lines, the zigzags of its breaks, its ticks. */
export interface AxisDrawing {
  orientation: 'horizontal' | 'vertical'
  lines: { x1: number; y1: number; x2: number; y2: number }[]
  breaks: { from: number; to: number; d: string }[]
  /** Each tick stands on the axis at (x, y); labels go below (horizontal) or to the left (vertical). */
  ticks: { t: number; x: number; y: number; label: string; major: boolean }[]
}

export interface EventLayout {
  id: string
  /** Position in time order. */
  order: number
  title: string
  /** Full date as read aloud and shown in the detail, e.g. "c. February 2022". */
  dateText: string
  /** Compact date for the label, e.g. "Feb 24, 2022". */
  shortDate: string
  /** The mark's accessible name: the label's words, in order ("Jul 27, 2022, 1 quote: Blinken goes public…"). */
  ariaLabel: string
  /** Read after the name: the full date ("July 27, 2022"). */
  ariaDescription: string
  importance: 1 | 2 | 3
  quoteCount: number
  /** Where the event's mark stands on the axis (its start, or its only date). */
  x: number
  y: number
  /** A point for day- and time-precision single dates; a span for months, years and intervals. */
  shape: 'point' | 'span'
  approximate: boolean
  uncertain: boolean
  point?: { cx: number; cy: number; r: number }
  /** A span's bar; `direction` says which way time runs along it. */
  bar?: Box & { direction: 'horizontal' | 'vertical'; startStyle: EndStyle; endStyle: EndStyle }
  label: Box & { lane: number; titleLines: string[] }
  /** From the mark to the label box, straight or with elbows. */
  leader: Point[]
}

export interface CalloutLayout {
  id: string
  eventId?: string
  box: Box
  lines: string[]
  attribution: string
  truncated: boolean
  /** From the event's mark to the callout box. */
  connector: Point[]
  lane: number
}

/** A run of events too close to draw apart at this zoom: one mark, one label with the count. */
export interface ClusterLayout {
  id: string
  /** Position of its first event in time order. */
  order: number
  /** Its events, in time order. */
  eventIds: string[]
  /** Where its label's leader meets the axis. */
  x: number
  y: number
  /** The stretch of axis its events stand on. */
  x0: number
  x1: number
  /** Compact dates of its first and last events, e.g. "Mar 3, 2022 – Mar 9, 2022". */
  dateLine: string
  /** The label's words before its quote count ("Mar 3, 2022 – Mar 9, 2022, 3 events"). */
  ariaLabel: string
  /** Its first event and its dates in full ("Talks begin and 2 more, March 3, 2022 to March 9, 2022"). */
  ariaDescription: string
  label: Box & { lane: number; titleLines: string[] }
  leader: Point[]
  /** Quotes of its events, and quotes of no event said in its stretch. */
  quoteCount: number
  /** Its stretch on the unzoomed drawing, to zoom in on it. */
  zoomTo: { x0: number; x1: number }
}

export interface TimelineLayout {
  orientation: 'horizontal' | 'vertical'
  width: number
  height: number
  segments: Segment[]
  breaks: AxisBreak[]
  axis: AxisDrawing
  events: EventLayout[]
  clusters: ClusterLayout[]
  callouts: CalloutLayout[]
  /** The zoom this drawing was laid out at (horizontal drawings). */
  view?: { k: number; x: number }
  /** Deepest zoom worth offering (horizontal drawings). */
  maxZoom?: number
}
