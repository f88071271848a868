import { CALLOUT } from './box-styles'
import { attributionOf } from './event-facts'
import type { Box, CalloutLayout, CalloutOriginal, LayoutQuoteInput, Point } from './layout-types'
import { wrapText } from './text-width'

/** What a callout box holds, measured: its quoted lines, the attribution, the original's line if any. */
export interface CalloutText {
  wrapped: ReturnType<typeof wrapText>
  by: ReturnType<typeof wrapText>
  original?: CalloutOriginal
  /** Lines of text above the attribution: the quote's, plus one for the original. */
  lineCount: number
  boxWidth: number
}

/**
 * A quote measured for a callout `width` wide (padding included), in at most `maxLines` lines above
 * the attribution. Words spoken in another language take the last of those lines (shortened with an
 * ellipsis; the popover and the article give them whole), so a callout with an original is never
 * taller than one without, and a fixed-height lane still holds it.
 */
export function measureCalloutText(q: LayoutQuoteInput, width: number, maxLines: number): CalloutText {
  const inner = width - CALLOUT.padX * 2
  const hasOriginal = q.original !== undefined && q.lang !== undefined
  const wrapped = wrapText(`“${q.text}”`, inner, CALLOUT.textSize, hasOriginal ? Math.max(1, maxLines - 1) : maxLines)
  const by = wrapText(attributionOf(q), inner, CALLOUT.bySize, 1, true)
  if (!hasOriginal) return { wrapped, by, lineCount: wrapped.lines.length, boxWidth: Math.max(wrapped.width, by.width) + CALLOUT.padX * 2 }
  const said = wrapText(q.original!, inner, CALLOUT.textSize, 1)
  return {
    wrapped,
    by,
    original: { line: said.lines[0] ?? '', text: q.original!, lang: q.lang! },
    lineCount: wrapped.lines.length + 1,
    boxWidth: Math.max(wrapped.width, by.width, said.width) + CALLOUT.padX * 2,
  }
}

/** The callout either drawing places: its measured text in `box`, reached by `connector` from its event. */
export function calloutLayout(q: LayoutQuoteInput, text: CalloutText, box: Box, connector: Point[], lane: number): CalloutLayout {
  return {
    id: q.id,
    ...(q.eventId !== undefined ? { eventId: q.eventId } : {}),
    box,
    lines: text.wrapped.lines,
    attribution: text.by.lines[0] ?? '',
    truncated: text.wrapped.truncated,
    ...(text.original ? { original: text.original } : {}),
    connector,
    lane,
  }
}
