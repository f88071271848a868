import { eventHrefs, quoteTexts, type ViewerModel } from '@/lib/interaction/model'
import { dimmedEvents, tagSlotsById } from '@/lib/interaction/tags'
import { drawingsOf } from '@/lib/layout/drawings'
import { TimelineStrip } from './TimelineStrip'
import { TimelineSvg } from './TimelineSvg'
import { ViewerMessagesContext } from './viewer-messages'

/**
 * Both drawings and the one-line strip, laid out from the model and rendered once, where the
 * markup is made (the server, or the widget's browser when it had to make its own). Nothing here
 * is drawn again: the browser attaches behaviour to this markup (components/timeline/paint.ts),
 * and renders a drawing anew only once the reader zooms it.
 */
export default function ServerDrawings({ model }: { model: ViewerModel }) {
  const { horizontal, vertical } = drawingsOf(model.input)
  const common = {
    title: model.title,
    slug: model.slug,
    quoteText: quoteTexts(model),
    tagSlotOf: tagSlotsById(model.details, model.tags),
    dimmed: dimmedEvents(model.details, new Set(model.initialHiddenTags)),
    eventHrefs: eventHrefs(model),
  }
  return (
    <ViewerMessagesContext.Provider value={model.messages}>
      <TimelineSvg layout={horizontal} {...common} />
      <TimelineSvg layout={vertical} {...common} />
      <TimelineStrip layout={horizontal} eventHrefs={common.eventHrefs} />
    </ViewerMessagesContext.Provider>
  )
}
