import { startViewer } from '@/components/timeline/dom-viewer'
import { HASH_EVENT, hashId, selectEvent } from '@/components/timeline/select-event'
import type { ZoomFactory } from '@/components/timeline/viewer-zoom'
import { readWidgetMessage, type WidgetMessage } from '@/lib/embed/messages'
import type { WidgetModel } from '@/lib/embed/widget-model'
import { widgetControls } from './widget-controls'

/** The widget's model, as the server wrote it into the page. */
export function servedModel(): { root: HTMLElement; model: WidgetModel } | undefined {
  const root = document.getElementById('dateline-widget')
  const data = document.getElementById('dateline-props')
  return root && data?.textContent ? { root, model: JSON.parse(data.textContent) as WidgetModel } : undefined
}

/**
 * Starts a widget on its markup: the viewer (with `zoom`, its zoom as the hosting gives it) and the talk with the
 * host page (docs/embedding.md, "Messages").
 */
export function startWidget(root: HTMLElement, model: WidgetModel, zoom: ZoomFactory) {
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

  const viewer = root.querySelector<HTMLElement>('.tl-viewer')
  if (viewer) startViewer(viewer, model.viewer, widgetControls, zoom)

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
