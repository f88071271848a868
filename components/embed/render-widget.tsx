/**
 * Server entry of the widget, bundled by scripts/build-embed.mjs with its own copy of React
 * into .embed/render.mjs. Next cannot do this itself: in a route handler a 'use client'
 * component arrives as an empty client reference (vercel/next.js#68150), and the widget
 * must render the very component the browser hydrates.
 */
import { renderToString } from 'react-dom/server'
import type { WidgetModel } from '@/lib/embed/widget-model'
import { EmbedWidget } from './EmbedWidget'

/** The widget's markup for a model: the same first render the browser hydrates. */
export function renderWidget(model: WidgetModel): string {
  return renderToString(<EmbedWidget model={model} />)
}
