/**
 * Browser entry of the widget the Node server serves, bundled by scripts/build-embed.mjs: it starts the
 * plain-DOM viewer (components/timeline/dom-viewer.ts) on the server's markup, with the story page's controls
 * drawn by a render-once JSX runtime (widget-controls.tsx), and a zoom whose views the server lays out
 * (served-zoom.ts): no component runtime and no layout code load with it, even once zoomed. A static export's
 * widget has its own entry (widget-static.ts), so that none of what only it needs weighs on this one.
 */
import { servedZoom } from './served-zoom'
import { servedModel, startWidget } from './widget-start'

const served = servedModel()
if (served) {
  const { root, model } = served
  if (model.views) startWidget(root, model, servedZoom(model.views))
  // The server gives this script only to a widget whose views it answers (app/embed/[slug]/route.ts).
  else console.error(`Dateline: the widget ${model.slug} was served without its views; it cannot zoom.`)
}
