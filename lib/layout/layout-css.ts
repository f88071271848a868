import { AXIS_TEXT, CALLOUT, LABEL } from './box-styles'

/** Where the custom properties are kept, from the repository's root: styles/globals.css imports it. */
export const LAYOUT_CSS_FILE = 'styles/layout-sizes.css'

/** Each type size the layout measures text at, by the custom property the stylesheet draws that text with. */
export const LAYOUT_TYPE_SIZES: Readonly<Record<string, number>> = {
  '--tl-axis-text-size': AXIS_TEXT.size,
  '--tl-label-date-size': LABEL.dateSize,
  '--tl-label-title-size': LABEL.titleSize,
  '--tl-callout-text-size': CALLOUT.textSize,
  '--tl-callout-by-size': CALLOUT.bySize,
}

/**
 * The text of styles/layout-sizes.css: the layout's type sizes as custom properties, so the CSS draws text at
 * exactly the size it was measured at. `npx tsx scripts/layout-css.ts` writes it; a unit test fails while it is stale.
 */
export function layoutCss(): string {
  const lines = Object.entries(LAYOUT_TYPE_SIZES).map(([name, px]) => `  ${name}: ${px}px;`)
  return [
    '/* Written by scripts/layout-css.ts from lib/layout/box-styles.ts, the sizes the layout measures text at: edit those, then run `npx tsx scripts/layout-css.ts`. */',
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n')
}
