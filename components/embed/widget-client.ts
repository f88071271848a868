/**
 * Browser entry of the widget, bundled by scripts/build-embed.mjs: it starts the plain-DOM viewer
 * (components/timeline/dom-viewer.ts) on the server's markup of the viewer, with the story page's
 * controls drawn by a render-once JSX runtime (widget-controls.tsx), so no component runtime loads
 * with the widget; then it talks to the host page (docs/embedding.md, "Messages"). Preact loads
 * later, only with a zoom (the zoomed drawing's renderer) or a model made here for the URL's options.
 */
import { startViewer } from '@/components/timeline/dom-viewer'
import { HASH_EVENT, hashId, selectEvent } from '@/components/timeline/select-event'
import { readWidgetMessage, type WidgetMessage } from '@/lib/embed/messages'
import { namesEmbedOption } from '@/lib/embed/option-names'
import type { QueriedWidget } from '@/lib/embed/widget-for-query'
import type { WidgetModel } from '@/lib/embed/widget-model'
import { servedZoom } from './served-zoom'
import { widgetControls } from './widget-controls'

const root = document.getElementById('dateline-widget')
const data = document.getElementById('dateline-props')
if (root && data?.textContent) {
  const served = JSON.parse(data.textContent) as WidgetModel
  // A static export serves one document for every query string: its options are applied here (a chunk loaded
  // only then). If that fails (no source file, offline), the widget stays as served, with the defaults.
  if (served.optionsInBrowser && namesEmbedOption(location.search)) {
    import('./browser-options')
      .then(({ browserWidget }) => browserWidget(served, location.search))
      .then(
        (widget) => start(root, widget.model, widget),
        () => start(root, served),
      )
  } else start(root, served)
}

/** The document as the query asks: its language and theme, as the server writes them on `<html>` (lib/embed/document.ts). */
function applyDocument({ lang, theme }: QueriedWidget) {
  document.documentElement.lang = lang
  if (theme === 'auto') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
}

/** `queried`: the model was made here for the URL's options, so the served markup is replaced rather than hydrated. */
function start(root: HTMLElement, model: WidgetModel, queried?: QueriedWidget) {
  const { slug } = model
  const ids = new Set(model.viewer.details.map((d) => d.id))
  const framed = window.parent !== window
  // The host is unknown and may be any site: what we post (a height, an event id) is public anyway.
  const post = (message: WidgetMessage) => framed && window.parent.postMessage(message, '*')

  const selectHere = (id: string) => {
    if (ids.has(id)) selectEvent(id)
  }

  // `start` selects an event on load unless the frame's own URL already names one (a deep link wins).
  if (model.start && !hashId()) selectHere(model.start)

  // Served by Node, the widget asks the server for its zoomed views (served-zoom.ts); a static export lays them out
  // here, with code it loads first (dom-viewer-zoom.ts, with which the zoom's renderer loads later).
  const { views } = model
  const zoom = views ? Promise.resolve(servedZoom(views)) : import('@/components/timeline/dom-viewer-zoom').then((m) => m.viewerZoom)
  const viewer = () => {
    const el = root.querySelector<HTMLElement>('.tl-viewer')
    if (el) void zoom.then((makeZoom) => startViewer(el, model.viewer, widgetControls, makeZoom))
  }
  if (queried) {
    applyDocument(queried)
    void import('./widget-queried').then(({ renderQueried }) => {
      renderQueried(root, model)
      viewer()
    })
  } else viewer()

  // The selected event in view: the horizontal drawing scrolls sideways inside the frame (never the host page).
  const reveal = () => {
    const id = hashId()
    if (!id) return
    for (const scroller of root.querySelectorAll<HTMLElement>('.tl-scroll')) {
      const mark = scroller.querySelector<SVGGraphicsElement>(`[data-event-id="${CSS.escape(id)}"] .tl-label`)
      if (!mark || scroller.clientWidth === 0) continue
      const box = mark.getBoundingClientRect()
      const frame = scroller.getBoundingClientRect()
      if (box.left < frame.left || box.right > frame.right) scroller.scrollLeft += box.left + box.width / 2 - (frame.left + frame.width / 2)
    }
  }
  requestAnimationFrame(reveal)

  // Auto-height: the host sizes the frame to the content, whatever the width makes it.
  let last = -1
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
    if (height === last || height === 0) return
    last = height
    post({ type: 'dateline:resize', slug, height })
  }
  const observer = new ResizeObserver(report)
  observer.observe(document.body)
  observer.observe(document.documentElement)
  // Late layout changes (fonts, the first paint of a frame that was display:none) also end in a report.
  window.addEventListener('load', report)
  // Shown after starting in display:none or a hidden tab: the width changes, so does the drawing; reveal again.
  window.addEventListener('resize', () => {
    report()
    reveal()
  })
  report()

  if (model.hostHash) {
    window.addEventListener(HASH_EVENT, () => {
      const id = hashId()
      if (id) post({ type: 'dateline:select', slug, id })
    })
  }
  window.addEventListener('hashchange', () => requestAnimationFrame(reveal))
  window.addEventListener('message', (event) => {
    // Only the page that frames us may steer the selection; it may be on any origin.
    if (!framed || event.source !== window.parent) return
    const message = readWidgetMessage(event.data)
    if (message?.type === 'dateline:measure' && message.slug === slug) {
      last = -1
      report()
    } else if (message?.type === 'dateline:select' && message.slug === slug && model.hostHash) {
      // Only a widget that shares its selection with the host's URL (hosthash=1) is steered by the host.
      selectHere(message.id)
      requestAnimationFrame(reveal)
    }
  })
}
