/**
 * The postMessage protocol between a widget (in its iframe) and the page that embeds it.
 * Documented in docs/embedding.md; both sides validate every message with these guards,
 * because any window can post anything to any other.
 */
import { isSlug } from '../content/slug'

/** Widget → host: the widget's content is this tall (CSS px), sent on load and on every size change. */
interface ResizeMessage {
  type: 'dateline:resize'
  slug: string
  height: number
}

/** Widget → host (with `hosthash=1`): the reader selected this event. Host → widget: select this event. */
interface SelectMessage {
  type: 'dateline:select'
  slug: string
  id: string
}

/** Host → widget: report your height now (a loader that adopts a frame after it loaded missed the first report). */
interface MeasureMessage {
  type: 'dateline:measure'
  slug: string
}

export type WidgetMessage = ResizeMessage | SelectMessage | MeasureMessage

/** Taller than any real widget; a bigger number is a bug or a hostile frame, not a size. */
const MAX_HEIGHT = 20_000

/** The message as one of ours, or null for anything else (other libraries' messages, malformed or hostile data). */
export function readWidgetMessage(data: unknown): WidgetMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const m = data as Record<string, unknown>
  if (typeof m.slug !== 'string' || !isSlug(m.slug)) return null
  if (m.type === 'dateline:resize') {
    const h = m.height
    if (typeof h !== 'number' || !Number.isFinite(h) || h < 0 || h > MAX_HEIGHT) return null
    return { type: m.type, slug: m.slug, height: Math.ceil(h) }
  }
  if (m.type === 'dateline:measure') return { type: m.type, slug: m.slug }
  if (m.type === 'dateline:select') {
    if (typeof m.id !== 'string' || !isSlug(m.id)) return null
    return { type: m.type, slug: m.slug, id: m.id }
  }
  return null
}

