import { domProp, styleText } from '@/lib/jsx/dom-props'

/**
 * Sets a JSX element's props on the DOM element made for it, by the rules of lib/jsx/dom-props.ts: the one
 * place both ways of drawing the viewer's stateless controls once meet (the widget's render-once JSX runtime,
 * components/embed/jsx/jsx-runtime.ts, and the story page's draw-once.ts).
 */
export function applyProps(el: Element, props: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(props)) {
    const prop = domProp(name, value)
    if (prop.kind === 'attribute') el.setAttribute(prop.name, prop.value)
    else if (prop.kind === 'listener') el.addEventListener(prop.type, value as EventListener)
    else if (prop.kind === 'style') el.setAttribute('style', styleText(value as Record<string, string>))
    else if (prop.kind === 'ref') {
      if (typeof value === 'function') value(el)
      else (value as { current: Element | null }).current = el
    }
  }
}
