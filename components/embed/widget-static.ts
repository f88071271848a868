/**
 * Browser entry of the widget in a static export (`npm run export`), bundled by scripts/build-embed.mjs beside
 * widget-client.ts: no server answers its views, so it lays them out itself (dom-viewer-zoom.ts, with which the
 * zoom's layout and renderer load when first used). A file server serves one document for every query string:
 * the URL's options are applied here, with a chunk loaded only then (browser-options.ts). If that fails (no
 * source file, offline), the widget stays as served, with the defaults.
 */
import { viewerZoom } from '@/components/timeline/dom-viewer-zoom'
import { namesEmbedOption } from '@/lib/embed/option-names'
import type { QueriedWidget } from '@/lib/embed/widget-for-query'
import { servedModel, startWidget } from './widget-start'

/** The document as the query asks: its language and theme, as the server writes them on `<html>` (lib/embed/document.ts). */
function applyDocument({ lang, theme }: QueriedWidget) {
  document.documentElement.lang = lang
  if (theme === 'auto') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
}

const served = servedModel()
if (served) {
  const { root, model } = served
  if (model.optionsInBrowser && namesEmbedOption(location.search)) {
    import('./browser-options')
      .then(({ browserWidget }) => browserWidget(model, location.search))
      .then(
        async (widget) => {
          applyDocument(widget)
          // The model was made here for the URL's options: the served markup is replaced before the viewer starts on it.
          const { renderQueried } = await import('./widget-queried')
          renderQueried(root, widget.model)
          startWidget(root, widget.model, viewerZoom)
        },
        () => startWidget(root, model, viewerZoom),
      )
  } else startWidget(root, model, viewerZoom)
}
