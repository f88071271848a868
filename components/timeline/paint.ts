import { tabStop, type MarkRef } from '@/lib/interaction/selection'

/** What the reader's use of the timeline shows on a drawing the browser did not render. */
export interface PaintState {
  selectedId: string | undefined
  /** The selected event's place in time order (-1: none). */
  selectedOrder: number
  currentId: string | undefined
  dimmed: ReadonlySet<string>
  expandedQuoteId: string | undefined
}

interface Marks {
  refs: MarkRef[]
  byId: Map<string, Element>
  callouts: Map<string, Element>
}

// Static markup changes only when replaced whole (forgetMarks), so its marks are read once per drawing.
const read = new WeakMap<Element, Marks>()

function marksOf(drawing: Element): Marks {
  let marks = read.get(drawing)
  if (marks) return marks
  const refs: MarkRef[] = []
  const byId = new Map<string, Element>()
  for (const el of drawing.querySelectorAll<HTMLElement>('[data-event-id], [data-cluster-id]')) {
    const id = el.dataset.eventId ?? el.dataset.clusterId!
    refs.push({ id, order: Number(el.dataset.order), count: el.dataset.clusterId ? Number(el.dataset.count) : 1 })
    byId.set(id, el)
  }
  const callouts = new Map([...drawing.querySelectorAll<HTMLElement>('[data-quote-id]')].map((el) => [el.dataset.quoteId!, el]))
  marks = { refs, byId, callouts }
  read.set(drawing, marks)
  return marks
}

/** The drawing's markup was replaced (a view the server laid out, components/embed/served-zoom.ts): its marks are read again. */
export function forgetMarks(drawing: Element): void {
  read.delete(drawing)
}

/** The drawn mark of an event or cluster, as a reference the selection rules read (lib/interaction/selection.ts). */
export function markRef(el: Element): MarkRef | undefined {
  const data = (el as HTMLElement).dataset
  if (data.clusterId) return { id: data.clusterId, order: Number(data.order), count: Number(data.count) }
  if (data.eventId) return { id: data.eventId, order: Number(data.order), count: 1 }
  return undefined
}

/**
 * Shows the state on a drawing's static markup, the way EventMark, QuoteCallout and ClusterMark
 * draw it from props: the tab stop (every other mark out of the tab order), the selected, current
 * and filtered-out events, the opened callout. Only what differs from `before` is written, so the
 * prose watch marking one section after another touches two marks, not thousands.
 */
export function paintDrawing(drawing: Element, state: PaintState, before: PaintState | undefined): void {
  const { refs, byId, callouts } = marksOf(drawing)
  const stop = tabStop(refs, state.selectedOrder)
  const oldStop = before ? tabStop(refs, before.selectedOrder) : undefined
  const touched = before ? new Set([before.selectedId, state.selectedId, before.currentId, state.currentId, oldStop, stop]) : new Set(byId.keys())
  const allDimmed = !before || before.dimmed !== state.dimmed
  for (const id of allDimmed ? byId.keys() : touched) {
    const el = id === undefined ? undefined : byId.get(id)
    if (!el) continue
    el.setAttribute('tabindex', id === stop ? '0' : '-1')
    if (!(el as HTMLElement).dataset.eventId) continue
    el.classList.toggle('tl-selected', id === state.selectedId)
    el.classList.toggle('tl-current', id === state.currentId)
    el.classList.toggle('tl-dimmed', state.dimmed.has(id!))
    if (id === state.selectedId) el.setAttribute('aria-current', 'true')
    else el.removeAttribute('aria-current')
  }
  const quotes = allDimmed || before.expandedQuoteId !== state.expandedQuoteId ? callouts : new Map<string, Element>()
  for (const [id, el] of quotes) {
    el.classList.toggle('tl-callout-expanded', id === state.expandedQuoteId)
    const event = el.getAttribute('data-event-ref')
    el.classList.toggle('tl-dimmed', event !== null && state.dimmed.has(event))
  }
}

/**
 * The strip pinned to the top: shown or not, the dot of the event being read, and that event named
 * (its date, then its title in its own direction). Only what changed is written.
 */
export function paintStrip(strip: Element, shown: boolean, current: { id: string; dateText: string; title: string } | undefined): void {
  strip.setAttribute('data-shown', shown ? 'true' : 'false')
  for (const mark of strip.querySelectorAll<SVGAElement>('.tl-strip-mark')) {
    const isCurrent = mark.getAttribute('data-strip-event') === current?.id
    if (mark.classList.contains('tl-strip-mark-current') === isCurrent) continue
    mark.classList.toggle('tl-strip-mark-current', isCurrent)
    mark.querySelector('circle')?.setAttribute('r', isCurrent ? '6' : '4')
  }
  const caption = strip.querySelector('.tl-strip-current')
  if (!caption) return
  if (!current) return caption.replaceChildren()
  const date = document.createElement('span')
  date.className = 'tl-strip-date'
  date.textContent = current.dateText
  const title = document.createElement('bdi')
  title.textContent = current.title
  caption.replaceChildren(date, ' ', title)
}
