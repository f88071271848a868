import type { ZoomInput } from './drawings'
import type { LayoutOptions } from './layout-types'

/** The options a drawing of `width` px is planned with from a layout input: the browser's zooms and the server's views plan alike. */
export function planOptions(input: ZoomInput, width: number): LayoutOptions {
  return { width, locale: input.locale, texts: input.texts, direction: input.direction ?? 'ltr', timeZone: input.timeZone }
}
