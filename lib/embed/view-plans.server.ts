import { serializeEmbedOptions, type EmbedOptions } from './options'
import { viewPlans, type ViewPlans } from './served-views'
import type { WidgetModel } from './widget-model'

// A widget's model and plans by story version, origin and normalised options, for the document and for
// each view asked of it: a zoom gesture asks for a view a frame, and planning is most of a view's work.
// Hostile or junk queries normalise to the defaults, so this holds a few entries per story; bounded all the same.
const kept = new Map<string, { model: WidgetModel; plans: ViewPlans }>()
const MAX_KEPT = 32

/** The model and plans kept under `key`, made by `make` when not kept yet. */
export function keptWidget(key: string, make: () => WidgetModel): { model: WidgetModel; plans: ViewPlans } {
  let entry = kept.get(key)
  if (!entry) {
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!)
    const model = make()
    entry = { model, plans: viewPlans(model.viewer.input) }
    kept.set(key, entry)
  }
  return entry
}

/** The key of a widget's model: what it is made from. */
export const widgetKey = (slug: string, version: number, origin: string, options: EmbedOptions) => `${slug}\n${version}\n${origin}\n${serializeEmbedOptions(options)}`

/** Where a widget asks for its views (app/embed/[slug]/view/route.ts). */
export const viewsPath = (slug: string) => `/embed/${encodeURIComponent(slug)}/view`

/**
 * Whether this server answers a widget's views. Not while `npm run export` crawls it: the widget written to a file
 * server must lay out its views in the browser, since nothing there would answer them.
 */
export const servesViews = () => process.env.DATELINE_STATIC_EXPORT !== '1'
