import type { WidgetModel } from '@/lib/embed/widget-model'
import { TimelineViewer } from '@/components/timeline/TimelineViewer'

/**
 * The chromeless widget: a slim header (title, link to the full story) and the same
 * TimelineViewer as the story page. Rendered to HTML on the server with React; in the browser
 * nothing hydrates it: the plain-DOM viewer starts on this markup (widget-client.ts,
 * components/timeline/dom-viewer.ts). No site chrome. `drawHere` is the React viewer's own
 * (the widget's browser draws a model made for its URL in widget-queried.tsx).
 */
export function EmbedWidget({ model, drawHere = false }: { model: WidgetModel; drawHere?: boolean }) {
  return (
    <main className="dl-embed">
      {model.header ? (
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
      ) : null}
      <TimelineViewer model={model.viewer} drawHere={drawHere} />
    </main>
  )
}
