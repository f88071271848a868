import type { WidgetModel } from '@/lib/embed/widget-model'

/** The widget's slim header (title, link to the full story), when its options keep it; for EmbedWidget.tsx and widget-queried.tsx. */
export function WidgetHeader({ model }: { model: WidgetModel }) {
  if (!model.header) return null
  return (
    <header className="dl-embed-header">
      <h1 className="dl-embed-title" lang={model.language} dir="auto">
        {model.title}
      </h1>
      <a className="dl-embed-link" href={model.storyUrl} target="_blank" rel="noopener">
        {model.words.openStory}
        <span className="sr-only">{model.words.opensInNewTab}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </header>
  )
}
