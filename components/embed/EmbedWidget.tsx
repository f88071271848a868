import type { WidgetModel } from '@/lib/embed/widget-model'
import { TimelineViewer } from '@/components/timeline/TimelineViewer'

/**
 * The chromeless widget: a slim header (title, link to the full story) and the same
 * TimelineViewer as the story page. Rendered to HTML on the server with React and
 * hydrated in the browser with Preact (see scripts/build-embed.mjs); no site chrome.
 */
export function EmbedWidget({ model }: { model: WidgetModel }) {
  return (
    <main className="dl-embed">
      {model.header ? (
        <header className="dl-embed-header">
          <h1 className="dl-embed-title" lang={model.language}>
            {model.title}
          </h1>
          <a className="dl-embed-link" href={model.storyUrl} target="_blank" rel="noopener">
            {model.words.openStory}
            <span className="sr-only">{model.words.opensInNewTab}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </header>
      ) : null}
      <TimelineViewer {...model.viewer} />
    </main>
  )
}
