import { MdxArticle } from '@/components/mdx/MdxArticle'
import { Timeline } from '@/components/timeline/Timeline'
import type { Timeline as TimelineModel } from '@/lib/content/model'
import { PublicnessNote } from '@/components/site/PublicnessNote'
import { publicness } from '@/lib/content/publicness'
import { messagesFor } from '@/lib/i18n'

/** The draft as its story page will show it: the timeline, then the article, drawn by the published components. */
export function StudioPreview({ timeline }: { timeline: TimelineModel }) {
  return (
    <article lang={timeline.meta.language} className="story" aria-label={`Preview: ${timeline.meta.title}`}>
      <PublicnessNote status={publicness(timeline.meta, new Date())} locale={timeline.meta.language} t={messagesFor(timeline.meta.language).story} />
      <h2 className="story-title">{timeline.meta.title}</h2>
      <p className="story-summary">{timeline.meta.summary}</p>
      <section className="pt-6" aria-label="Timeline">
        <Timeline timeline={timeline} />
      </section>
      <div className="prose-body pt-6">
        <MdxArticle timeline={timeline} />
      </div>
    </article>
  )
}
