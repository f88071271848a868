import type { CSSProperties } from 'react'
import { directionOf, messagesFor, plural } from '@/lib/i18n'
import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { summarize } from '@/lib/content/load.server'
import { getPublicTimeline } from '@/lib/content/published.server'
import { cachedPng } from '@/lib/cache/og-card.server'
import { CARD_ALT, CARD_SIZE } from '@/lib/embed/oembed'
import { mirrorSparkMarks, sparkMarks } from '@/lib/layout/sparkline'
import { storiesToRender } from '@/lib/export/render-only.server'
import { cardFonts } from '@/lib/og/fonts.server'
import { visualRuns } from '@/lib/og/visual-runs'

export const alt = CARD_ALT
export const size = CARD_SIZE
export const contentType = 'image/png'

export async function generateStaticParams() {
  return (await storiesToRender()).map((slug) => ({ slug }))
}

const CARD_TIMELINE_WIDTH = CARD_SIZE.width - 128

/**
 * A line of the story's words, in its direction: one text for left-to-right scripts; for right-to-left ones,
 * runs in visual order laid out from the right (lib/og/visual-runs.ts says why next/og needs that).
 */
function Words({ text, direction, style }: { text: string; direction: 'ltr' | 'rtl'; style: CSSProperties }) {
  if (direction === 'ltr') return <div style={{ display: 'flex', ...style }}>{text}</div>
  return (
    <div style={{ display: 'flex', flexDirection: 'row-reverse', flexWrap: 'wrap', columnGap: '0.28em', ...style }}>
      {visualRuns(text, direction).map((run, i) => (
        <span key={i}>{run}</span>
      ))}
    </div>
  )
}

/** The card that link previews and oEmbed consumers show: title, span, counts, and the story's events on a small timeline. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const timeline = await getPublicTimeline((await params).slug)
  if (!timeline) notFound()
  const s = summarize(timeline)
  // The story's card, in the story's language, as its page is.
  const { counts } = messagesFor(s.language)
  const direction = directionOf(s.language)
  // Time runs the way the story reads, as on its page.
  const spark = sparkMarks(timeline.events, CARD_TIMELINE_WIDTH)
  const marks = direction === 'rtl' ? mirrorSparkMarks(spark, CARD_TIMELINE_WIDTH) : spark
  const fonts = await cardFonts()
  // Drawn once per card as it looks (lib/cache/og-card.server.ts): rasterising is the costly part of a story's build.
  // `words: false` is the card a renderer that fails on the story's words falls back to: the timeline without them.
  const card = (words: boolean) => new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#fbfaf7', color: '#1b1b1b', padding: 64 }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#a4231b', alignSelf: direction === 'rtl' ? 'flex-end' : 'flex-start' }}>Dateline</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          {words ? <Words text={`${s.span} · ${plural(counts.events, s.eventCount, s.language)} · ${plural(counts.quotes, s.quoteCount, s.language)}`} direction={direction} style={{ fontSize: 24, color: '#a4231b', letterSpacing: direction === 'ltr' ? 1 : 0 }} /> : null}
          {words ? <Words text={s.title} direction={direction} style={{ fontSize: 60, fontWeight: 700, lineHeight: 1.1, marginTop: 16 }} /> : null}
        </div>
        {/* The story's events in time: spans as bars above the axis, moments as dots on it (lead events larger). */}
        <div style={{ display: 'flex', position: 'relative', width: CARD_TIMELINE_WIDTH, height: 48 }}>
          <div style={{ position: 'absolute', left: 0, top: 30, width: CARD_TIMELINE_WIDTH, height: 4, background: '#1b1b1b', borderRadius: 2 }} />
          {marks.map((m, i) => {
            if (m.x1 !== undefined) return <div key={i} style={{ position: 'absolute', left: m.x, top: 14, width: m.x1 - m.x, height: 8, background: '#1f4e79', opacity: 0.7, borderRadius: 4 }} />
            const r = m.importance === 1 ? 11 : m.importance === 3 ? 6 : 8
            return <div key={i} style={{ position: 'absolute', left: m.x - r, top: 32 - r, width: 2 * r, height: 2 * r, borderRadius: r, background: m.importance === 1 ? '#a4231b' : '#1f4e79', border: '3px solid #fbfaf7' }} />
          })}
        </div>
      </div>
    ),
    { ...size, fonts },
  )
  return cachedPng([s.language, s.title, s.span, s.eventCount, s.quoteCount, JSON.stringify(marks)], () => card(true), () => {
    // One story's words must not fail the build (or the card): it says which, and draws the card without them.
    console.warn(`Social card of ${timeline.slug}: its words could not be drawn, so the card shows its timeline alone.`)
    return card(false)
  })
}
