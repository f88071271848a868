/**
 * Smooth zooming and panning along the shortest path in scale space (van
 * Wijk and Nuij, "Smooth and efficient zooming and panning", 2003): the same
 * function as d3-interpolate's interpolateZoom (ISC licence, Mike Bostock),
 * with the same signature, held to its output by zoom-path.test.ts.
 *
 * It exists so that the browser bundles can do without d3-interpolate, which
 * d3-zoom imports for this function alone: that package ships as one file
 * whose colour interpolators run at load, so no bundler can drop them, and
 * they bring d3-color with them (5 KB compressed in all, a sixth of the
 * timeline's script budget). next.config.js and scripts/build-embed.mjs alias
 * d3-interpolate to this module.
 */

import type { ZoomView } from './zoom'

/** A view: its centre (ux, uy) and the width it shows, in the same units. */
export type ZoomPoint = readonly [ux: number, uy: number, w: number]

export interface ZoomInterpolator {
  (t: number): [number, number, number]
  /** The duration d3 recommends for this path, in ms. */
  duration: number
}

const EPSILON2 = 1e-12
const RHO = Math.SQRT2
const RHO2 = 2
const RHO4 = 4

const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1)

export function interpolateZoom(p0: ZoomPoint, p1: ZoomPoint): ZoomInterpolator {
  const [ux0, uy0, w0] = p0
  const [ux1, uy1, w1] = p1
  const dx = ux1 - ux0
  const dy = uy1 - uy0
  const d2 = dx * dx + dy * dy
  let S: number
  let i: (t: number) => [number, number, number]
  if (d2 < EPSILON2) {
    // The same centre: a pure zoom.
    S = Math.log(w1 / w0) / RHO
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)]
  } else {
    const d1 = Math.sqrt(d2)
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1)
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1)
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0)
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1)
    S = (r1 - r0) / RHO
    const coshr0 = cosh(r0)
    i = (t) => {
      const s = t * S
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0))
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)]
    }
  }
  return Object.assign(i, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 })
}

/** d3-ease's easeCubicInOut: slow, fast, slow. */
export const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2

/**
 * The views an animated zoom passes through on its way from `from` to `to`,
 * for t from 0 to 1 (eased), on a drawing whose view spans left..right: the
 * smooth path between the middles of the two views and the widths they show,
 * as d3-zoom's own transitions take. At 1 it is exactly `to`.
 */
export function viewPath(from: ZoomView, to: ZoomView, left: number, right: number): (t: number) => ZoomView {
  const middle = (left + right) / 2
  const width = right - left
  const path = interpolateZoom([(middle - from.x) / from.k, 0, width / from.k], [(middle - to.x) / to.k, 0, width / to.k])
  return (t) => {
    if (t >= 1) return to
    const [centre, , shown] = path(easeCubicInOut(Math.max(0, t)))
    const k = width / shown
    return { k, x: middle - centre * k }
  }
}
