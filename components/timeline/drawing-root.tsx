import { useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'
import type { HeldTouches } from './held-touches'
import { drawnHeight, SvgContent, type SvgContentProps } from './TimelineSvg'
import { ViewerMessagesContext } from './viewer-messages'

interface DrawingProps extends SvgContentProps {
  /** Never drawn shorter than this (px): a zoom that needs fewer lanes must not pull the page up under the reader. */
  minHeight: number
}

export interface ClientDrawing {
  render(props: DrawingProps): void
  destroy(): void
}

const SVG = 'http://www.w3.org/2000/svg'

/**
 * A drawing once the reader zooms it: from then on the browser owns what is inside its <svg>.
 * A React root of its own, in a group appended to the server's <svg>, draws the zoomed layout's
 * marks, and sets the element's size to match in the same commit; the server's marks go once the
 * first drawing is in (those under a finger wait for it to lift: held-touches.ts). The <svg>
 * itself stays, and with it the zoom's listeners. `onCommit` runs after each drawing is in the page.
 */
export function mountDrawing(svg: SVGSVGElement, messages: ViewerMessages, touches: HeldTouches, onCommit: () => void): ClientDrawing {
  const served = [...svg.children]
  const host = document.createElementNS(SVG, 'g')
  host.setAttribute('class', 'tl-drawn')
  svg.append(host)
  const root = createRoot(host)
  let first = true
  const committed = () => {
    if (first) touches.retire(served)
    first = false
    onCommit()
  }
  return {
    render: (props) =>
      root.render(
        <ViewerMessagesContext.Provider value={messages}>
          <Drawn svg={svg} props={props} onCommit={committed} />
        </ViewerMessagesContext.Provider>,
      ),
    destroy: () => {
      root.unmount()
      host.remove()
    },
  }
}

function Drawn({ svg, props, onCommit }: { svg: SVGSVGElement; props: DrawingProps; onCommit: () => void }) {
  const { layout, minHeight } = props
  const height = drawnHeight(layout, minHeight)
  useLayoutEffect(() => {
    svg.setAttribute('viewBox', `0 0 ${layout.width} ${height}`)
    svg.setAttribute('height', String(height))
    svg.setAttribute('data-event-count', String(layout.events.length))
    onCommit()
  })
  return <SvgContent {...props} />
}
