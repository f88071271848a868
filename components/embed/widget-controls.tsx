import type { ReactElement } from 'react'
import { EventDetailView } from '@/components/timeline/EventDetailView'
import type { ViewerControls } from '@/components/timeline/dom-viewer'
import { QuotePopoverBox } from '@/components/timeline/QuotePopoverBox'
import { TagFilter } from '@/components/timeline/TagFilter'
import { Toolbar, ZoomButtons } from '@/components/timeline/Toolbar'

// The widget's bundle compiles this file and the controls it draws with a render-once JSX runtime
// (components/embed/jsx/jsx-runtime.ts, scripts/build-embed.mjs: RENDER_ONCE), whose elements are DOM
// nodes; TypeScript knows JSX only as React's, hence the cast.
const dom = (element: ReactElement | null) => element as unknown as Node

/** The viewer's controls as the widget draws them: the story page's own components, straight to DOM. */
export const widgetControls: ViewerControls = {
  toolbar: (props) => dom(<Toolbar {...props} />),
  zoomButtons: (props) => dom(<ZoomButtons {...props} />),
  tags: (props) => dom(<TagFilter {...props} />),
  detail: (props) => dom(<EventDetailView {...props} />),
  popover: (props) => dom(<QuotePopoverBox {...props} />),
}
