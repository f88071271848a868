import Link from 'next/link'
import { SPARK_WIDTH, type IndexEntry } from '@/lib/content/story-index'
import { TagList } from './TagList'
import { en } from '@/lib/i18n/messages/en'
import { plural } from '@/lib/i18n/plural'

/** A story's events over its span, as a line with its marks; the card's text says the same in words. */
function Sparkline({ entry }: { entry: IndexEntry }) {
  return (
    <svg className="index-spark" viewBox={`-6 0 ${SPARK_WIDTH + 12} 16`} width={SPARK_WIDTH + 12} height={16} aria-hidden="true" focusable="false">
      <line x1={0} x2={SPARK_WIDTH} y1={11} y2={11} />
      {entry.spark.map((m, i) =>
        m.x1 !== undefined ? (
          <rect key={i} className="index-spark-span" x={m.x} y={3} width={m.x1 - m.x} height={3} rx={1.5} />
        ) : (
          <circle key={i} className={m.importance === 1 ? 'index-spark-lead' : undefined} cx={m.x} cy={11} r={m.importance === 1 ? 3.5 : 2.5} />
        ),
      )}
    </svg>
  )
}

/** One story in a list of stories (the index, a tag page): its span and counts, sparkline, title, summary and tags. */
export function StoryCard({ entry: t, headingLevel: Heading = 'h2' }: { entry: IndexEntry; headingLevel?: 'h2' | 'h3' }) {
  return (
    <article aria-labelledby={`t-${t.slug}`}>
      <p className="index-span">
        <span>{t.span}</span>
        <span aria-hidden="true"> · </span>
        <span>{plural(en.counts.events, t.eventCount, 'en')}</span>
        {t.quoteCount ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{plural(en.counts.quotes, t.quoteCount, 'en')}</span>
          </>
        ) : null}
      </p>
      <Sparkline entry={t} />
      <Heading id={`t-${t.slug}`} className="index-item-title">
        <Link href={`/timelines/${t.slug}`}>{t.title}</Link>
      </Heading>
      <p className="index-summary">{t.summary}</p>
      <TagList tags={t.tags} />
    </article>
  )
}
