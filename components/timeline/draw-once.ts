import { Fragment, isValidElement, type ReactNode } from 'react'
import { applyProps } from './apply-props'

const SVG = 'http://www.w3.org/2000/svg'

/**
 * A React element tree of the viewer's controls made into DOM nodes once, with no component runtime:
 * the story page's side of what the widget's render-once JSX runtime does (components/embed/jsx/),
 * so both pages draw the same stateless controls the same way, and draw them again whole when what
 * they show changes (dom-viewer.ts, control-slot.ts keeps the focus). Function components are called
 * at once (they hold no state: no hooks); props become DOM by the widget's rules (lib/jsx/dom-props.ts).
 * An element inside an <svg> is made in the SVG namespace. One node, or a fragment of several.
 */
export function drawOnce(node: ReactNode): Node {
  const fragment = document.createDocumentFragment()
  append(fragment, node, false)
  return fragment.childNodes.length === 1 ? fragment.firstChild! : fragment
}

function append(parent: Node, node: ReactNode, svg: boolean): void {
  if (node == null || typeof node === 'boolean') return
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    parent.appendChild(document.createTextNode(String(node)))
    return
  }
  if (Array.isArray(node)) {
    for (const child of node as ReactNode[]) append(parent, child, svg)
    return
  }
  if (!isValidElement(node)) throw new Error(`drawOnce: ${typeof node} is not something a control draws`)
  const props = node.props as Record<string, unknown> & { children?: ReactNode }
  const { type } = node
  if (type === Fragment) return append(parent, props.children, svg)
  if (typeof type === 'function') return append(parent, (type as (props: unknown) => ReactNode)(props), svg)
  if (typeof type !== 'string') throw new Error('drawOnce: a control draws elements, fragments and stateless function components only')
  const inSvg = svg || type === 'svg'
  const el = inSvg ? document.createElementNS(SVG, type) : document.createElement(type)
  applyProps(el, props)
  append(el, props.children, inSvg && type !== 'foreignObject')
  parent.appendChild(el)
}
