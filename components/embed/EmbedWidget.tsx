import type { WidgetModel } from '@/lib/embed/widget-model'
import { TimelineViewer } from '@/components/timeline/TimelineViewer'
import { WidgetHeader } from './WidgetHeader'

/**
 * The chromeless widget: a slim header (title, link to the full story) and the same
 * TimelineViewer as the story page. Rendered to HTML on the server with React; in the browser
 * nothing hydrates it: the plain-DOM viewer starts on this markup (widget-client.ts,
 * components/timeline/dom-viewer.ts). No site chrome.
 */
export function EmbedWidget({ model }: { model: WidgetModel }) {
  return (
    <main className="dl-embed">
      <WidgetHeader model={model} />
      <TimelineViewer model={model.viewer} />
    </main>
  )
}

