import { parseEmbedOptions, type EmbedOptions } from './options'
import { widgetModel, type WidgetModel, type WidgetSource } from './widget-model'

/** A widget as a query string asks for it: what its document shows, and the language and theme of the document itself. */
export interface QueriedWidget {
  options: EmbedOptions
  model: WidgetModel
  /** `<html lang>`: the `lang` option, or the story's. */
  lang: string
  theme: EmbedOptions['theme']
}

/** The options of a widget URL's query, bounded by the story's own event ids and tags (lib/embed/options.ts). */
export function widgetOptions(source: WidgetSource, params: URLSearchParams): EmbedOptions {
  return parseEmbedOptions(
    params,
    source.events.map((e) => e.id),
    source.events.flatMap((e) => e.tags),
  ).options
}

/**
 * The widget under validated options: one function for the Node server, which renders each query
 * (app/embed/[slug]/route.ts), and for the browser, which applies the query to a static export's
 * default widget (components/embed/browser-options.ts), so both hostings show the same widget for a URL.
 */
export function widgetFor(source: WidgetSource, options: EmbedOptions, storyUrl: string): QueriedWidget {
  return { options, model: widgetModel(source, options, storyUrl), lang: options.lang ?? source.meta.language, theme: options.theme }
}
