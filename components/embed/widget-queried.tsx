import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import ServerDrawings from '@/components/timeline/ServerDrawings'
import type { WidgetModel } from '@/lib/embed/widget-model'
import { WidgetHeader } from './WidgetHeader'

/**
 * A widget whose model the browser made for its URL's options (a static export: browser-options.ts):
 * there is no server markup of that model, so the markup the viewer starts on is made here, as the
 * server makes it (EmbedWidget.tsx, before the viewer's controls: those are the plain-DOM viewer's),
 * by Preact, once. Loaded only then, with the options' own chunk. Resolves once the markup is in.
 */
export function renderQueried(root: HTMLElement, model: WidgetModel): void {
  root.replaceChildren()
  const reactRoot = createRoot(root)
  flushSync(() =>
    reactRoot.render(
      <main className="dl-embed">
        <WidgetHeader model={model} />
        <div className="tl-viewer">
          <div className="tl-drawings">
            <ServerDrawings model={model.viewer} />
          </div>
          <p className="sr-only" aria-live="polite" />
        </div>
      </main>,
    ),
  )
}
