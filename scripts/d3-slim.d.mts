/** The d3 packages the browser bundles replace, and the module (from the project root) that stands in for each. */
export declare const D3_SLIM: Record<'d3-transition' | 'd3-interpolate' | 'd3-selection', string>
