/**
 * The scripted gestures the frame benchmark times, run the same against any page: a zoom-and-pan with the
 * wheel and a drag, and a scroll on a phone; each records the page's frame timestamps while it runs.
 */
import type { Page } from '@playwright/test'
import { frameStats, vsyncInterval, type FrameStats } from './frame-stats'

/** Wheel steps in, drag steps, wheel steps out. */
export const STEPS = 40
/** What one notch of a mouse wheel reports in Chromium (deltaMode 0, pixels). */
const WHEEL_NOTCH = 100
/** Frames of each phone scroll. */
const SCROLL_FRAMES = 200

/** Starts a requestAnimationFrame loop in the page that keeps every frame's timestamp until `stopFrames`. */
const startFrames = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __frames: { times: number[]; on: boolean } }
    // Each loop keeps its own record, so a loop stopped earlier can never write into this one.
    const record = { times: [] as number[], on: true }
    w.__frames = record
    const tick = (t: number) => {
      if (!record.on) return
      record.times.push(t)
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })

const stopFrames = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __frames: { times: number[]; on: boolean } }
    w.__frames.on = false
    return w.__frames.times
  })

/** Resolves on the page's next frame, so each step of a script waits for the frame it caused. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())))

export interface Subject {
  /** The element the script zooms and drags over: its visible centre is the zoom point. */
  target: string
  /**
   * Where along the target to zoom in, as a client x, when not at its centre: a drawing whose centre
   * falls in a stretch with no events (an axis break) would be zoomed into an empty view.
   */
  zoomX?: (page: Page) => Promise<number | null>
  /** The keyboard modifier held during wheel steps, if the widget needs one to zoom. */
  zoomModifier?: 'Control'
  /** Describes the view; compared before and after the zoom-in steps, and after the drag. */
  viewState: (page: Page) => Promise<string>
}

export interface ScriptResult extends FrameStats {
  /** The vsync interval measured while idle, in ms. */
  interval: number
  idle: FrameStats
  zoomBefore: string
  zoomAfter: string
  panAfter: string
  scrolledBy: number
  durationMs: number
}

/** The scripted zoom-and-pan, the same for every subject. */

export async function zoomAndPan(page: Page, subject: Subject): Promise<ScriptResult> {
  // Measured again before each phase: zooming changes how tall a stacked timeline is, and the page may scroll.
  const visible = (scroll: boolean) =>
    page.evaluate(
      ({ selector, scroll }) => {
        const el = document.querySelector(selector)
        if (!el) return null
        if (scroll) el.scrollIntoView({ block: 'start' })
        const r = el.getBoundingClientRect()
        // The visible part of the target: a tall timeline runs far below the fold.
        const top = Math.max(0, r.top)
        const bottom = Math.min(innerHeight, r.bottom)
        if (bottom <= top) return null
        return { x: r.left + r.width / 2, y: (top + bottom) / 2, left: r.left, width: r.width }
      },
      { selector: subject.target, scroll },
    )
  /** The target's visible box, scrolled into view when it has left the screen. */
  const target = async () => {
    const box = (await visible(false)) ?? (await visible(true))
    if (!box) throw new Error(`${subject.target} is not on screen on ${page.url()}`)
    return box
  }
  let box = (await visible(true)) ?? (await target())
  const zoomX = (await subject.zoomX?.(page)) ?? box.x
  await page.mouse.move(zoomX, box.y)

  // A second of frames with nothing happening: the floor this machine's compositor sets.
  await startFrames(page)
  await page.waitForTimeout(1000)
  const idleTimes = await stopFrames(page)
  const interval = vsyncInterval(idleTimes)
  const idle = frameStats(idleTimes)

  const scrollBefore = await page.evaluate(() => scrollY)
  const zoomBefore = await subject.viewState(page)
  const t0 = Date.now()
  await startFrames(page)
  if (subject.zoomModifier) await page.keyboard.down(subject.zoomModifier)
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.wheel(0, -WHEEL_NOTCH)
    await nextFrame(page)
  }
  if (subject.zoomModifier) await page.keyboard.up(subject.zoomModifier)
  await nextFrame(page)
  const zoomAfter = await subject.viewState(page)
  // Drag from 90% to 10% of the target's width, so the pointer never leaves it (nor the viewport).
  box = await target()
  const dragFrom = box.left + box.width * 0.9
  const dragStep = (box.width * 0.8) / STEPS
  await page.mouse.move(dragFrom, box.y)
  await page.mouse.down()
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.move(dragFrom - (i + 1) * dragStep, box.y, { steps: 1 })
    await nextFrame(page)
  }
  await page.mouse.up()
  await nextFrame(page)
  const panAfter = await subject.viewState(page)
  box = await target()
  await page.mouse.move(box.x, box.y)
  if (subject.zoomModifier) await page.keyboard.down(subject.zoomModifier)
  for (let i = 0; i < STEPS; i++) {
    await page.mouse.wheel(0, WHEEL_NOTCH)
    await nextFrame(page)
  }
  if (subject.zoomModifier) await page.keyboard.up(subject.zoomModifier)
  const times = await stopFrames(page)
  const durationMs = Date.now() - t0
  const scrolledBy = (await page.evaluate(() => scrollY)) - scrollBefore
  return { ...frameStats(times, interval), interval, idle, zoomBefore, zoomAfter, panAfter, scrolledBy, durationMs }
}

/**
 * Scrolls the page through `selector` by `step` px on every frame (from a
 * requestAnimationFrame loop, so each step lands on a frame of its own) and
 * returns the frame times, snapped to the vsync interval measured idle just before.
 */
export async function scrollThrough(page: Page, selector: string, step: number): Promise<FrameStats> {
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), selector)
  const run = (scroll: number) =>
    page.evaluate(
      ({ scroll, frames }) =>
        new Promise<number[]>((resolve) => {
          const times: number[] = []
          const tick = (t: number) => {
            times.push(t)
            if (scroll) window.scrollBy(0, scroll)
            if (times.length < frames) requestAnimationFrame(tick)
            else resolve(times)
          }
          requestAnimationFrame(tick)
        }),
      { scroll, frames: SCROLL_FRAMES },
    )
  const interval = vsyncInterval(await run(0))
  return frameStats(await run(step), interval)
}
