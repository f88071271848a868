import { SPARK_WIDTH, type CardEntry } from '@/lib/content/story-index'
import { TagList } from './TagList'
import type { Messages } from '@/lib/i18n'
import { directionOf } from '@/lib/i18n/direction'
import { plural } from '@/lib/i18n/plural'
import { languageName } from '@/lib/i18n/language-name'
import { storyPath } from '@/lib/urls'

/** A story's events over its span, as a line with its marks; the card's text says the same in words. */
function Sparkline({ entry }: { entry: CardEntry }) {
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

/**
 * One story in a list of stories (the index, a tag page). Its span, counts and the tag list's name are
 * the site's words, in the site's language (`locale`; the entry's span was written in it too); its
 * title and summary are the story's own, marked with the story's language, and its direction where
 * that differs.
 */
export function StoryCard({
  entry: t,
  headingLevel: Heading = 'h2',
  locale,
  counts,
  tagsLabel,
  readIn,
}: {
  entry: CardEntry
  headingLevel?: 'h2' | 'h3'
  locale: string
  counts: Messages['counts']
  tagsLabel: string
  /** "Read in", before the story's other languages. */
  readIn: string
}) {
  const dir = directionOf(t.language)
  const own = { lang: t.language, ...(dir !== directionOf(locale) ? { dir } : {}) }
  return (
    <article aria-labelledby={`t-${t.slug}`}>
      <p className="index-span">
        <span>{t.span}</span>
        <span aria-hidden="true"> · </span>
        <span className="whitespace-nowrap">{plural(counts.events, t.eventCount, locale)}</span>
        {t.quoteCount ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="whitespace-nowrap">{plural(counts.quotes, t.quoteCount, locale)}</span>
          </>
        ) : null}
      </p>
      <Sparkline entry={t} />
      <div {...own} className="index-own">
        <Heading id={`t-${t.slug}`} className="index-item-title">
          <a href={storyPath(t.slug)}>{t.title}</a>
        </Heading>
        <p className="index-summary">{t.summary}</p>
      </div>
      {t.otherLanguages?.length ? (
        <p className="index-languages">
          {readIn}{' '}
          {t.otherLanguages.map((v, i) => (
            <span key={v.slug}>
              {i > 0 ? ' · ' : null}
              <a href={storyPath(v.slug)} hrefLang={v.language} lang={v.language} dir={directionOf(v.language)}>
                {languageName(v.language)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <TagList tags={t.tags} label={tagsLabel} />
    </article>
  )
}
