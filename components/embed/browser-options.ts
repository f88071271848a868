/**
 * Loaded by the widget only in a static export and only when its URL names an option: the file server sent
 * the same document for every query string, rendered with the defaults, so the options are applied here,
 * from the story's widget source (`/embed/<slug>/source.json`), by the same code the Node server runs.
 */
import { widgetFor, widgetOptions, type QueriedWidget } from '@/lib/embed/widget-for-query'
import type { WidgetModel, WidgetSource } from '@/lib/embed/widget-model'
import { widgetSourcePath } from '@/lib/urls'

export async function browserWidget(served: WidgetModel, search: string): Promise<QueriedWidget> {
  const response = await fetch(widgetSourcePath(encodeURIComponent(served.slug)))
  if (!response.ok) throw new Error(`widget source: ${response.status}`)
  const source = (await response.json()) as WidgetSource
  if (source.slug !== served.slug || !Array.isArray(source.events) || !Array.isArray(source.quotes)) throw new Error('widget source: not this story')
  return widgetFor(source, widgetOptions(source, new URLSearchParams(search)), served.storyUrl)
}
