import type { ViewerControls } from './dom-viewer'
import { drawOnce } from './draw-once'
import { EventDetailView } from './EventDetailView'
import { QuotePopoverBox } from './QuotePopoverBox'
import { TagFilter } from './TagFilter'
import { Toolbar, ZoomButtons } from './Toolbar'

/** The viewer's controls on the story page: the widget's own (components/embed/widget-controls.tsx), drawn once each time (draw-once.ts). */
export const storyControls: ViewerControls = {
  toolbar: (props) => drawOnce(Toolbar(props)),
  zoomButtons: (props) => drawOnce(ZoomButtons(props)),
  tags: (props) => {
    const tags = TagFilter(props)
    return tags ? drawOnce(tags) : null
  },
  detail: (props) => drawOnce(EventDetailView(props)),
  popover: (props) => drawOnce(QuotePopoverBox(props)),
}
