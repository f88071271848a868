/**
 * Three packages d3-zoom imports, replaced in the browser bundles
 * (next.config.js for the site, scripts/build-embed.mjs for the widget) to
 * keep the timeline's script within its 30 KB budget (bench/js-weight.bench.ts)
 * and the widget zoomed once within 35 KB all in (bench/embed.bench.ts, issue 14):
 * - d3-transition, imported only to interrupt transitions; the timeline runs
 *   none (it animates a zoom itself), so a 30-line interrupt stands in;
 * - d3-interpolate, imported for interpolateZoom alone, but shipped as one
 *   file whose colour interpolators run at load and bring d3-color with them;
 * - d3-selection (also d3-drag's, for the two functions d3-zoom takes from
 *   it), 13 KB minified on one prototype no bundler can trim, of which d3-zoom
 *   uses select, on, property, style, filter, each, call, datum and pointer.
 * Each stand-in says why in its own comment; zoom-path.test.ts holds
 * interpolateZoom to d3's output, zoom-selection.test.ts the selection's
 * listeners and pointer() to d3-selection's. Paths are from the project root.
 */
export const D3_SLIM = {
  'd3-transition': './components/timeline/zoom-interrupt.ts',
  'd3-interpolate': './lib/layout/zoom-path.ts',
  'd3-selection': './components/timeline/zoom-selection.ts',
}
