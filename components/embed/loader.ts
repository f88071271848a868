/**
 * Source of /embed.js (built by scripts/build-embed.mjs): turns
 * `<div data-dateline="slug" data-theme="dark">` and `<a href=".../timelines/slug" data-dateline-embed>`
 * into iframes that size themselves to the widget's content, and adopts widget iframes already on the
 * page (the iframe snippet) so they size themselves too. No framework, no globals but one.
 * Messages are accepted only from the widget's origin and only from the frame they belong to.
 */
import { idFromHash, isSlug } from '@/lib/content/slug'
import { readWidgetMessage, type WidgetMessage } from '@/lib/embed/messages'
import { EMBED_PARAMS, INITIAL_HEIGHT, slugOfUrl, widgetUrl } from '@/lib/embed/snippets'

interface Mounted {
  frame: HTMLIFrameElement
  slug: string
  hostHash: boolean
  /** The widget's document is there to post to; before that, a post reaches the frame's blank first document and the browser warns. */
  loaded: boolean
}

const MOUNTED = 'data-dateline-mounted'
const script = document.currentScript as HTMLScriptElement | null
// The widgets live where this script came from; that origin is the only one we listen to.
const origin = new URL(script?.src ?? location.href, location.href).origin
const frames: Mounted[] = []

const hostId = () => idFromHash(location.hash)

function post(entry: Mounted, message: WidgetMessage) {
  if (entry.loaded) entry.frame.contentWindow?.postMessage(message, opaque(entry.frame) ? '*' : origin)
}

/**
 * A frame whose widget has loaded holds a document of another origin (contentDocument is null) or, on a page of
 * the widget's own origin, a document other than the blank one every frame starts with.
 */
function hasLoaded(frame: HTMLIFrameElement): boolean {
  try {
    const doc = frame.contentDocument
    return doc === null || (doc.URL !== 'about:blank' && doc.readyState === 'complete')
  } catch {
    return true
  }
}

/** Follows the frame's loads: the first, and any later one (a reload), after which the widget wants the host's selection again. */
function track(entry: Mounted) {
  frames.push(entry)
  entry.frame.addEventListener('load', () => {
    entry.loaded = true
    post(entry, { type: 'dateline:measure', slug: entry.slug })
    const id = entry.hostHash ? hostId() : undefined
    if (id) post(entry, { type: 'dateline:select', slug: entry.slug, id })
  })
}

function adopt(frame: HTMLIFrameElement) {
  frame.setAttribute(MOUNTED, '')
  const slug = slugOfUrl(frame.src.replace(/[?#].*$/, ''), origin)
  if (!slug) return
  const flag = new URL(frame.src).searchParams.get('hosthash')
  const entry: Mounted = { frame, slug, hostHash: flag === '1' || flag === 'true', loaded: hasLoaded(frame) }
  track(entry)
  // It may have loaded (and reported its height) before this script ran: ask again.
  post(entry, { type: 'dateline:measure', slug })
}

function mount(el: HTMLElement) {
  if (el instanceof HTMLIFrameElement) return adopt(el)
  const slug = el instanceof HTMLAnchorElement ? slugOfUrl(el.href, origin) : el.dataset.dateline && isSlug(el.dataset.dateline) ? el.dataset.dateline : null
  el.setAttribute(MOUNTED, '')
  if (!slug) return
  const params: Record<string, string> = {}
  for (const name of EMBED_PARAMS) {
    const value = el.dataset[name]
    if (value) params[name] = value
  }
  const hostHash = params.hosthash === '1' || params.hosthash === 'true'
  const frame = document.createElement('iframe')
  // A host hash naming an event reaches the widget as its own fragment (the widget checks it is one of its events).
  frame.src = widgetUrl(origin, slug, params, hostHash ? hostId() : undefined)
  const name = el.dataset.title ?? el.getAttribute('aria-label') ?? el.textContent?.trim()
  frame.title = name ? `Timeline: ${name}` : 'Timeline'
  frame.setAttribute(MOUNTED, '')
  frame.loading = 'lazy'
  frame.setAttribute('allow', 'clipboard-write')
  frame.style.cssText = `display:block;border:0;width:100%;min-width:280px;max-width:1400px;height:${INITIAL_HEIGHT}px`
  track({ frame, slug, hostHash, loaded: false })
  if (el instanceof HTMLAnchorElement) el.replaceWith(frame)
  else el.replaceChildren(frame)
}

function scan() {
  document
    .querySelectorAll<HTMLElement>(`[data-dateline]:not([${MOUNTED}]), a[data-dateline-embed]:not([${MOUNTED}]), iframe[src^="${origin}/embed/"]:not([${MOUNTED}])`)
    .forEach(mount)
}

/**
 * A frame sandboxed without allow-same-origin runs on an opaque origin and posts as "null".
 * Its window is still ours alone to match, so accept "null" from such a frame, and only from it.
 */
const opaque = (frame: HTMLIFrameElement) => frame.sandbox.length > 0 && !frame.sandbox.contains('allow-same-origin')

window.addEventListener('message', (event) => {
  const entry = frames.find((f) => f.frame.contentWindow === event.source)
  if (!entry || !(event.origin === origin || (event.origin === 'null' && opaque(entry.frame)))) return
  const message = readWidgetMessage(event.data)
  if (!message || message.slug !== entry.slug) return
  entry.loaded = true
  if (message.type === 'dateline:resize') entry.frame.style.height = `${message.height}px`
  else if (message.type === 'dateline:select' && entry.hostHash && hostId() !== message.id) history.replaceState(history.state, '', `#${message.id}`)
})

window.addEventListener('hashchange', () => {
  const id = hostId()
  if (!id) return
  for (const f of frames) if (f.hostHash) post(f, { type: 'dateline:select', slug: f.slug, id })
})

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan)
else scan()
// For pages that add embeds after load (infinite scroll, CMS previews).
;(window as unknown as { DatelineEmbed: { scan: () => void } }).DatelineEmbed = { scan }
