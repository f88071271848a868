/** The page the frame benchmark compares Dateline with: the same story drawn by vis-timeline 8. */
import { escapeHtml } from '../lib/embed/document'
import { layoutHorizontal } from '../lib/layout/timeline-layout'
import type { SyntheticStory } from '../lib/test-support/synthetic-story'
import type { Subject } from './frame-scripts'

/** The vis-timeline page's timeline, and its view as a window of days. */
export const visSubject: Subject = {
  target: '#timeline .vis-center',
  viewState: (page) =>
    page.evaluate(() => {
      const tl = (window as unknown as { timeline: { getWindow: () => { start: Date; end: Date } } }).timeline
      const w = tl.getWindow()
      return `window ${((w.end.getTime() - w.start.getTime()) / 86_400_000).toFixed(1)} days from ${w.start.toISOString().slice(0, 10)}`
    }),
}

/**
 * The same events for vis-timeline: the same start and end instants, the title
 * as content, a range where Dateline draws a span (months, years, intervals)
 * and a box where it draws a point.
 */
function visItems(story: SyntheticStory) {
  const shapes = new Map(layoutHorizontal(story.events, story.quotes).events.map((e) => [e.id, e.shape]))
  return story.events.map((e) =>
    shapes.get(e.id) === 'span' && e.span.max > e.span.min
      ? { id: e.id, content: escapeHtml(e.title), start: e.span.min, end: e.span.max + 1, type: 'range' }
      : { id: e.id, content: escapeHtml(e.title), start: e.span.min },
  )
}

/** A page that draws `story` with vis-timeline 8 (served from node_modules/vis-timeline), default options. */
export function visPage(story: SyntheticStory): string {
  // Dates travel as milliseconds and become Date objects in the page: vis-timeline reads both, and BCE years survive.
  const items = JSON.stringify(visItems(story))
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline, ${story.events.length} events</title>
<link rel="stylesheet" href="/vis/styles/vis-timeline-graph2d.min.css">
<style>body{margin:0;font:16px system-ui,sans-serif} #timeline{width:1112px;margin:40px auto}</style>
</head><body>
<div id="timeline"></div>
<script src="/vis/standalone/umd/vis-timeline-graph2d.min.js"></script>
<script>
  const items = new vis.DataSet(${items}.map((i) => ({ ...i, start: new Date(i.start), ...(i.end === undefined ? {} : { end: new Date(i.end) }) })));
  window.timeline = new vis.Timeline(document.getElementById('timeline'), items, {});
  window.timeline.on('changed', () => { document.body.dataset.drawn = 'true' });
</script>
</body></html>`
}
