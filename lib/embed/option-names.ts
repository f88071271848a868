/**
 * The URL parameters of a widget (docs/embedding.md, "Options"), apart from their parser so that the widget's
 * first script can tell whether a frame URL names any without loading the parser (zod, the EDTF grammar).
 */
export const EMBED_OPTION_NAMES = ['theme', 'start', 'from', 'to', 'tags', 'quotes', 'header', 'lang', 'hosthash'] as const

/** Whether a query string (`?theme=dark`, with or without its `?`) names any widget option, spelt as the parser reads it (lib/embed/options.ts). */
export function namesEmbedOption(search: string): boolean {
  const known: readonly string[] = EMBED_OPTION_NAMES
  for (const name of new URLSearchParams(search).keys()) if (known.includes(name)) return true
  return false
}
