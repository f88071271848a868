/**
 * The widget's HTML document around the rendered timeline. Every value that reaches the
 * page goes through one of the escapes below; options were validated already
 * (lib/embed/options), so this is the second of two fences, not the only one.
 */
export interface WidgetDocument {
  lang: string
  /** Writing direction of `lang` (lib/i18n directionOf). */
  dir: 'ltr' | 'rtl'
  theme: 'light' | 'dark' | 'auto'
  /** The document's title, already in `lang`. */
  title: string
  /** Rendered markup of the widget (React output: escaped by React). */
  body: string
  /** The object the browser hydrates from; serialised here. */
  props: unknown
  cssHref: string
  scriptSrc: string
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text or attribute value safe inside HTML (quoted attributes and text content). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

/**
 * JSON safe inside a `<script type="application/json">`: no `</script>`, no `<!--`, and no
 * U+2028/2029 surprises (HTML spec, "restrictions for contents of script elements").
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The complete document: no third-party request, no inline script except inert JSON data. */
export function widgetDocument(d: WidgetDocument): string {
  const theme = d.theme === 'auto' ? '' : ` data-theme="${escapeHtml(d.theme)}"`
  return (
    `<!doctype html><html lang="${escapeHtml(d.lang)}" dir="${d.dir === 'rtl' ? 'rtl' : 'ltr'}"${theme}><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex"><link rel="icon" href="data:,">` +
    `<title>${escapeHtml(d.title)}</title>` +
    `<link rel="stylesheet" href="${escapeHtml(d.cssHref)}">` +
    `<script type="module" src="${escapeHtml(d.scriptSrc)}" crossorigin="anonymous"></script>` +
    `</head><body><div id="dateline-widget">${d.body}</div>` +
    `<script type="application/json" id="dateline-props">${scriptJson(d.props)}</script>` +
    `</body></html>`
  )
}
