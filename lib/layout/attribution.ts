import type { LayoutQuoteInput } from './layout-types'

/** Who said a quote, as one line: `Sergey Lavrov, Foreign Minister`, or the name alone. */
export function attributionOf(q: Pick<LayoutQuoteInput, 'by' | 'role'>): string {
  return `${q.by}${q.role ? `, ${q.role}` : ''}`
}
