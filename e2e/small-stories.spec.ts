import { expect, test, type Page } from '@playwright/test'

/**
 * The small stories a newsroom publishes most (e2e/fixtures/site/e2e-small-*.mdx), measured on screen
 * at a desktop and a phone width: every mark inside the drawing, every tick label whole, days ticked
 * without times, and a story's hours ticked in its own zone.
 */
const TWO = 'e2e-small-two-events'
const ONE = 'e2e-small-one-event'
const HOURS = 'e2e-small-hours'
const TIME = /\d:\d\d/

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, orientation: 'horizontal' },
  { name: 'phone', viewport: { width: 390, height: 844 }, orientation: 'vertical' },
] as const

type Rect = { left: number; right: number; top: number; bottom: number }

/** The drawing shown at this width, and the boxes of its marks and of its tick labels, in page px. */
async function measure(page: Page, orientation: 'horizontal' | 'vertical') {
  const svg = page.locator(`svg.tl-svg-${orientation}`)
  await expect(svg).toBeVisible()
  return svg.evaluate((el) => {
    const rect = (r: DOMRect): Rect => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })
    return {
      svg: rect(el.getBoundingClientRect()),
      marks: [...el.querySelectorAll('.tl-event .tl-point, .tl-event .tl-bar rect')].map((m) => ({
        id: m.closest('[data-event-id]')!.getAttribute('data-event-id')!,
        box: rect(m.getBoundingClientRect()),
      })),
      ticks: [...el.querySelectorAll('.tl-tick text')].map((t) => ({
        text: t.textContent ?? '',
        box: rect(t.getBoundingClientRect()),
        at: rect(t.parentElement!.querySelector('line')!.getBoundingClientRect()),
      })),
      zone: el.querySelector('.tl-zone')?.textContent ?? null,
    }
  })
}

const inside = (box: Rect, area: Rect) => box.left >= area.left - 0.5 && box.right <= area.right + 0.5 && box.top >= area.top - 0.5 && box.bottom <= area.bottom + 0.5

for (const screen of screens) {
  test.describe(`small stories, ${screen.name}`, () => {
    test.use({ viewport: screen.viewport })

    for (const slug of [TWO, ONE, HOURS]) {
      test(`${slug}: every mark and every tick label stands inside the drawing`, async ({ page }) => {
        await page.goto(`/timelines/${slug}`)
        const { svg, marks, ticks } = await measure(page, screen.orientation)
        expect(marks.length).toBeGreaterThan(0)
        for (const m of marks) expect(inside(m.box, svg), `${m.id} ${JSON.stringify(m.box)} in ${JSON.stringify(svg)}`).toBe(true)
        expect(ticks.length).toBeGreaterThan(2)
        for (const t of ticks) expect(inside(t.box, svg), `"${t.text}" ${JSON.stringify(t.box)} in ${JSON.stringify(svg)}`).toBe(true)
      })
    }

    for (const slug of [TWO, ONE]) {
      test(`${slug}: a story of days is ticked in days, with no time of day and no zone`, async ({ page }) => {
        await page.goto(`/timelines/${slug}`)
        const { ticks, zone } = await measure(page, screen.orientation)
        for (const t of ticks) expect(t.text).not.toMatch(TIME)
        expect(zone).toBeNull()
      })
    }

    test('the hour-by-hour story is ticked on the hours of its zone, and says which', async ({ page }) => {
      await page.goto(`/timelines/${HOURS}`)
      const { ticks, marks, zone } = await measure(page, screen.orientation)
      expect(zone).toMatch(/^Times in /)
      // Its times are written at +03:00 and its zone is Europe/Istanbul (UTC+3 all year): ticks read 09:00, 12:00, …, never the UTC hours 06:00 or 07:00.
      const hours = ticks.map((t) => /(\d\d):00\s?(AM|PM)/.exec(t.text)).filter((m) => m !== null)
      expect(hours.length).toBeGreaterThan(1)
      for (const m of hours) expect(['06', '07'].includes(m[1]!) && m[2] === 'AM').toBe(false)
      if (screen.orientation === 'horizontal') {
        const ten = ticks.find((t) => /^10:00\s?AM$/.test(t.text))
        expect(ten, ticks.map((t) => t.text).join(', ')).toBeDefined()
        const mark = marks.find((m) => m.id === 'hour-ten')!
        expect(Math.abs((mark.box.left + mark.box.right) / 2 - ten!.at.left)).toBeLessThan(2)
      }
    })
  })
}

test('a story of one event counts it in the singular, its mark in the middle of the drawing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`/timelines/${ONE}`)
  await expect(page.getByText(/·\s*1 event\s*·/)).toBeVisible()
  const { svg, marks } = await measure(page, 'horizontal')
  const mark = marks[0]!.box
  expect(Math.abs((mark.left + mark.right) / 2 - (svg.left + svg.right) / 2)).toBeLessThan(4)
})
