import { fill, plural } from '../i18n/plural'
import { formatCovered, type Style } from '../time/format'
import type { LayoutEventInput, LayoutTexts } from './layout-types'

/** "Mar 3, 2022 – Mar 9, 2022" (short) or "3 March 2022 to 9 March 2022" (long): from the run's earliest start to its latest end. */
function clusterDates(run: readonly LayoutEventInput[], locale: string, style: Style, texts: LayoutTexts): string {
  return formatCovered(
    run.map((e) => e.span),
    locale,
    style,
    style === 'short' ? undefined : (a, b) => fill(texts.range, { from: a, to: b }),
  )
}

/** What a cluster's label says ("5 events", its dates) and how it reads aloud, the same in either drawing. */
export function clusterWords(run: readonly LayoutEventInput[], locale: string, texts: LayoutTexts): { title: string; dateLine: string; ariaLabel: string; ariaDescription: string } {
  const title = plural(texts.events, run.length, locale)
  const dateLine = clusterDates(run, locale, 'short', texts)
  return {
    title,
    dateLine,
    ariaLabel: `${dateLine}, ${title}`,
    ariaDescription: `${fill(texts.clusterMore, { title: run[0]?.title ?? '', n: run.length - 1 })}, ${clusterDates(run, locale, 'long', texts)}`,
  }
}
