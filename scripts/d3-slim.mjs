/**
 * Two packages d3-zoom imports beyond what the timeline needs, replaced in the
 * browser bundles (next.config.js for the site, scripts/build-embed.mjs for the
 * widget) to keep the timeline's script within its 30 KB budget (bench/js-weight.bench.ts):
 * - d3-transition, imported only to interrupt transitions; the timeline runs
 *   none (it animates a zoom itself), so a 30-line interrupt stands in;
 * - d3-interpolate, imported for interpolateZoom alone, but shipped as one
 *   file whose colour interpolators run at load and bring d3-color with them.
 * Each stand-in says why in its own comment; zoom-path.test.ts holds
 * interpolateZoom to d3's output. Paths are from the project root.
 */
export const D3_SLIM = {
  'd3-transition': './components/timeline/zoom-interrupt.ts',
  'd3-interpolate': './lib/layout/zoom-path.ts',
}
