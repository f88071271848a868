import type { PluralForms } from '../i18n/plural'
import type { TimeSpan } from '../time/types'
import type { ZoneId } from '../time/zone'
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
  /** The words as spoken, when `text` translates them; their language is `lang`. */
  original?: string
  lang?: string
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
  /** What the axis says of its zone: `{zone}`. */
  timesIn: string
}

export interface LayoutOptions {
  /** Drawing width in px (the SVG's viewBox width). */
  width?: number
  /** BCP 47 language for date labels. */
  locale?: string
  /** Words for labels and accessible names; English by default. */
  texts?: LayoutTexts
  /** Which way the story's language is read; in 'rtl' time runs from right to left (lib/layout/mirror.ts). Default 'ltr'. */
  direction?: Direction
  /** The story's time zone (lib/time/zone.ts: storyZone); UTC by default. */
  timeZone?: ZoneId
}

/** Which way a line of text, and so a timeline, is read. */
export type Direction = 'ltr' | 'rtl'

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
  /** Present when reflected for a right-to-left drawing: tick labels then go to the other side of their ticks. */
  direction?: 'rtl'
  lines: { x1: number; y1: number; x2: number; y2: number }[]
  breaks: { from: number; to: number; d: string }[]
  /**
   * Each tick stands on the axis at (x, y); labels go below (horizontal) or to the left (vertical),
   * moved `shift` px along the axis where they would otherwise cross the drawing's edge.
   */
  ticks: { t: number; x: number; y: number; label: string; major: boolean; shift: number }[]
  /** "Times in UTC+3": the zone every time of the drawing is read in, said once, when the story has times. */
  zone?: { x: number; y: number; text: string; anchor: 'start' | 'end' }
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
  /**
   * A span's bar; `direction` says along which axis time runs, `reversed` that it runs right to left
   * (a horizontal bar in a right-to-left drawing: its start is its right end).
   */
  bar?: Box & { direction: 'horizontal' | 'vertical'; startStyle: EndStyle; endStyle: EndStyle; reversed?: true }
  /**
   * `dateLines`: the date line broken where the box is too narrow for it (a phone's tall drawing: a time of
   * day with its zone and a count of quotes), each line with the count of quotes after it or not; absent, one line.
   */
  label: Box & { lane: number; titleLines: string[]; dateLines?: DateLine[] }
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
  /** The words as spoken, under their translation: one line of them (shortened), the whole, and their language. */
  original?: CalloutOriginal
  /** From the event's mark to the callout box. */
  connector: Point[]
  lane: number
}

export interface CalloutOriginal {
  line: string
  text: string
  lang: string
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
  /** The stretch of axis its events stand on: along x in a horizontal drawing, along y in a vertical one. */
  x0: number
  x1: number
  /** The pill drawn over that stretch. */
  pill: Box
  /** Compact dates of its first and last events, e.g. "Mar 3, 2022 – Mar 9, 2022". */
  dateLine: string
  /** The label's words before its quote count ("Mar 3, 2022 – Mar 9, 2022, 3 events"). */
  ariaLabel: string
  /** Its first event and its dates in full ("Talks begin and 2 more, March 3, 2022 to March 9, 2022"). */
  ariaDescription: string
  /** `dateLines`: the date line over two lines, where one is too narrow for it (a phone's tall drawing). */
  label: Box & { lane: number; titleLines: string[]; dateLines?: DateLine[] }
  leader: Point[]
  /** Quotes of its events, and quotes of no event said in its stretch. */
  quoteCount: number
  /** Its stretch on the unzoomed drawing (along the time axis, as x0 and x1), to zoom in on it. */
  zoomTo: { x0: number; x1: number }
}

export interface TimelineLayout {
  orientation: 'horizontal' | 'vertical'
  /** Present on a right-to-left drawing only (lib/layout/mirror.ts): every x is reflected, and text reads from the right. */
  direction?: 'rtl'
  width: number
  height: number
  segments: Segment[]
  breaks: AxisBreak[]
  axis: AxisDrawing
  events: EventLayout[]
  clusters: ClusterLayout[]
  callouts: CalloutLayout[]
  /** The zoom this drawing was laid out at (a vertical drawing's view has no pan: x is 0). */
  view?: { k: number; x: number }
  /** Deepest zoom worth offering. */
  maxZoom?: number
}

/** What a plan of either drawing (the part of its layout no zoom changes) starts from. */
export interface PlanBase {
  events: readonly LayoutEventInput[]
  quotes: readonly LayoutQuoteInput[]
  width: number
  locale: string
  texts: LayoutTexts
  /** Which way time runs in the drawing: 'rtl' reflects every layout of this plan (lib/layout/mirror.ts). */
  direction: Direction
  timeZone: ZoneId
  /** "Times in UTC+3", when the story has times of day. */
  zoneText: string | undefined
}

/** A line of a label's date: words of the date, then the count of quotes if it stands on this line. */
export interface DateLine {
  date: string
  quotes: boolean
}
