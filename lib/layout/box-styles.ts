/**
 * Sizes the layout measures text and places boxes with, px, and the timeline
 * draws with: the SVG components read them here, and styles/globals.css reads
 * the type sizes as custom properties (styles/layout-sizes.css, written from
 * these by lib/layout/layout-css.ts), so text is drawn at the size it was
 * measured. Kept apart from the layout code so that drawing a mark does not
 * bring the layout into the browser's first bundle (it loads with zoom, on
 * first use).
 */
/**
 * A label: its date line, then its title lines `lineHeight` apart. `dateBaseline` and `titleBaseline` are
 * how far below the top padding the date's and the first title line's baselines sit (the title's first line
 * is `lineHeight` further down than `titleBaseline`, under the date).
 */
export const LABEL = { dateSize: 11, titleSize: 13.5, lineHeight: 17, padX: 8, padY: 7, dateBaseline: 11, titleBaseline: 14, maxWidth: 210, minWidth: 90, gap: 10 }
/** A quote's callout: its lines `lineHeight` apart, the first one's baseline `baseline` below the top padding, then who said it. */
export const CALLOUT = { textSize: 13, lineHeight: 17, bySize: 11, padX: 10, padY: 8, baseline: 12, maxWidth: 250, gap: 12 }
/** The time axis's text: its tick labels (measured so they do not collide) and the time-zone note beside them. */
export const AXIS_TEXT = { size: 11 }

/** Room left and right of the horizontal drawing: the layout runs the axis inside it, and zooming keeps the axis there. */
export const MARGIN_X = 20
