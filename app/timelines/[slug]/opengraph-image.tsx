import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { summarize } from '@/lib/content/load.server'
import { getPublicTimeline, listPublicSlugs } from '@/lib/content/published.server'
import { CARD_SIZE } from '@/lib/embed/oembed'

export const alt = 'Dateline timeline'
export const size = CARD_SIZE
export const contentType = 'image/png'

export async function generateStaticParams() {
  return (await listPublicSlugs()).map((slug) => ({ slug }))
}

/** The card that link previews and oEmbed consumers show: title, span, counts. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const timeline = await getPublicTimeline((await params).slug)
  if (!timeline) notFound()
  const s = summarize(timeline)
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#fbfaf7', color: '#1b1b1b', padding: 64 }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#a4231b' }}>Dateline</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 24, color: '#a4231b', letterSpacing: 1 }}>{`${s.span} · ${s.eventCount} events · ${s.quoteCount} quotes`}</div>
          <div style={{ display: 'flex', fontSize: 60, fontWeight: 700, lineHeight: 1.1, marginTop: 16 }}>{s.title}</div>
        </div>
        <div style={{ display: 'flex', height: 10, background: '#1f4e79', borderRadius: 5 }} />
      </div>
    ),
    size,
  )
}
