/**
 * How a JSX prop becomes DOM, for the widget's render-once JSX runtime (components/embed/jsx/):
 * the few React spellings the viewer's controls use, read the way React writes them
 * (react-dom's DOMProperty: `className` is `class`, a `false` ARIA state is the string "false",
 * a `false` boolean attribute is left out).
 */
export type DomProp =
  | { kind: 'attribute'; name: string; value: string }
  /** `onClick` and the like: a listener for `type`. */
  | { kind: 'listener'; type: string }
  | { kind: 'style' }
  | { kind: 'ref' }
  | { kind: 'skip' }

const RENAMED: Record<string, string> = { className: 'class', htmlFor: 'for', tabIndex: 'tabindex', srcSet: 'srcset', dateTime: 'datetime' }

/** What `name={value}` writes on an element. */
export function domProp(name: string, value: unknown): DomProp {
  if (name === 'children' || name === 'key') return { kind: 'skip' }
  if (name === 'ref') return value == null ? { kind: 'skip' } : { kind: 'ref' }
  if (name === 'style') return value == null ? { kind: 'skip' } : { kind: 'style' }
  if (/^on[A-Z]/.test(name)) {
    if (typeof value !== 'function') return { kind: 'skip' }
    return { kind: 'listener', type: name.slice(2).toLowerCase() }
  }
  const attribute = RENAMED[name] ?? name
  // ARIA states and data attributes spell booleans out; other attributes are there (true) or not (false).
  const spelled = /^(aria|data)-/.test(attribute)
  if (value == null || (value === false && !spelled)) return { kind: 'skip' }
  if (typeof value === 'function' || typeof value === 'object') throw new Error(`JSX prop ${name}: ${typeof value} values are not attributes`)
  return { kind: 'attribute', name: attribute, value: value === true && !spelled ? '' : String(value) }
}

/** A style object as a `style` attribute's text: `{ marginLeft: '3%' }` → `margin-left:3%`. */
export function styleText(style: Record<string, string | number | undefined>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}`)
    .join(';')
}
