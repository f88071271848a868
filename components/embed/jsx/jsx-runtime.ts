import { applyProps } from '@/components/timeline/apply-props'

/**
 * A JSX runtime that renders once, straight to DOM nodes: what the widget's bundle uses in place
 * of react/jsx-runtime for the viewer's controls (scripts/build-embed.mjs), which hold no state
 * and are drawn again whole when what they show changes (components/embed/widget-controls.tsx).
 * A function component is called at once; there are no hooks, no keys, no updates: a component
 * here that imports React is a build error. About half a kilobyte, against Preact's eight.
 */

type Child = Node | string | number | boolean | null | undefined | Child[]
type Props = Record<string, unknown> & { children?: Child }
type Component = (props: Props) => Node | null

export const Fragment = Symbol.for('dateline.fragment')

// Elements of the SVG namespace the controls draw (the floating fit button's icon); JSX evaluates
// children before their parent, so an element cannot take its namespace from where it lands.
const SVG_TAGS = new Set(['svg', 'path', 'g', 'circle', 'rect', 'line', 'polyline'])

function append(parent: Node, child: Child): void {
  if (child == null || typeof child === 'boolean') return
  if (Array.isArray(child)) for (const c of child) append(parent, c)
  else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)))
}

export function jsx(type: string | Component | typeof Fragment, props: Props): Node | null {
  if (type === Fragment) {
    const fragment = document.createDocumentFragment()
    append(fragment, props.children)
    return fragment
  }
  if (typeof type === 'function') return type(props)
  const el = SVG_TAGS.has(type) ? document.createElementNS('http://www.w3.org/2000/svg', type) : document.createElement(type)
  applyProps(el, props)
  append(el, props.children)
  return el
}

export { jsx as jsxs, jsx as jsxDEV }
