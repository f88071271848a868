import { useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'
import { drawnHeight, SvgContent, type SvgContentProps } from './TimelineSvg'
import { ViewerMessagesContext } from './viewer-messages'

interface WideProps extends SvgContentProps {
  /** Never drawn shorter than this (px): a zoom that needs fewer lanes must not pull the page up under the reader. */
  minHeight: number
}

export interface WideDrawing {
  render(props: WideProps): void
  destroy(): void
}

/**
 * The wide drawing once the reader zooms: from then on the browser owns what is inside its <svg>.
 * A React root of its own in the server's <svg> element replaces the server's marks with the
 * zoomed layout's (React empties its container in the commit that draws the new marks;
 * Preact takes the server's nodes over, their attributes diffed), and sets the element's size
 * to match in the same commit. The element itself stays, and with it d3-zoom's listeners; its
 * other drawing (the tall one) is never touched. `onCommit` runs after each drawing is in the page.
 */
export function mountWide(svg: SVGSVGElement, messages: ViewerMessages, onCommit: () => void): WideDrawing {
  const root = createRoot(svg)
  return {
    render: (props) =>
      root.render(
        <ViewerMessagesContext.Provider value={messages}>
          <Wide svg={svg} props={props} onCommit={onCommit} />
        </ViewerMessagesContext.Provider>,
      ),
    destroy: () => root.unmount(),
  }
}

function Wide({ svg, props, onCommit }: { svg: SVGSVGElement; props: WideProps; onCommit: () => void }) {
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
