import { expect, test, type Page } from '@playwright/test'

const SEED = '/timelines/lavrov-blinken-prisoner-swap'

// The seed's events in time order, by id: the order a reader must see them in.
const SEED_ORDER = [
  'geneva-summit-2021',
  'blinken-lavrov-geneva-meeting',
  'griner-detained',
  'russia-invades-ukraine',
  'pelosi-taiwan-trip-possibility',
  'lavrov-africa-tour',
  'blinken-substantial-proposal',
  'cnn-reports-swap-terms',
  'official-request-arrives',
  'peskov-leaks-criticism',
  'xi-biden-call',
  'lavrov-tashkent-press-conference',
]

async function expectSeedTimeline(page: Page) {
  await page.goto(SEED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lavrov agrees to hear Blinken’s prisoner-swap proposal')

  // One mark per event on the SVG, in time order, left to right.
  const marks = page.locator('svg.tl-svg-horizontal [data-event-id]')
  await expect(marks).toHaveCount(SEED_ORDER.length)
  expect(await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).toEqual(SEED_ORDER)
  const xs = await marks.evaluateAll((els) => els.map((e) => Number(e.querySelector('circle, rect')?.getAttribute(e.querySelector('circle') ? 'cx' : 'x'))))
  for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]! - 0.01)

  // The ordered list and the article sections follow the same order.
  const list = page.getByRole('navigation', { name: 'Events in order' }).getByRole('listitem')
  await expect(list).toHaveCount(SEED_ORDER.length)
  const sections = page.locator('[data-event-section]')
  expect(await sections.evaluateAll((els) => els.map((e) => e.id))).toEqual(SEED_ORDER)

  // Marks are links to their sections, named by the words they show (date, then title), described by the full date.
  const invasion = page.getByRole('link', { name: 'Feb 24, 2022: Russia invades Ukraine', exact: true })
  await expect(invasion).toHaveAttribute('href', '#russia-invades-ukraine')
  await expect(invasion).toHaveAccessibleDescription('February 24, 2022')
  await expect(page.getByRole('link', { name: /^Jul 29, 2022\?, 4 quotes: Lavrov, in Tashkent, agrees to hear the US proposal$/ })).toHaveAccessibleDescription('July 29, 2022?')

  // Every quote is in the article as an attributed blockquote, and on the timeline as a callout.
  await expect(page.locator('.quote-block blockquote')).toHaveCount(9)
  await expect(page.locator('svg.tl-svg-horizontal [data-quote-id]')).toHaveCount(9)
  await expect(page.locator('.quote-block', { hasText: 'These matters do not admit leaks to the press' })).toContainText('Dmitry Peskov')
}

test('the seed story shows every event in time order', async ({ page }) => {
  await expectSeedTimeline(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the seed story is complete', async ({ page }) => {
    await expectSeedTimeline(page)
  })
})

test('month precision, open ends and approximate dates read as such', async ({ page }) => {
  await page.goto(SEED)
  const griner = page.locator('#griner-detained')
  await expect(griner.locator('time').first()).toContainText('February 2022')
  await expect(griner.locator('time').first()).toContainText(/ongoing|since|from/i)
  await expect(page.locator('#pelosi-taiwan-trip-possibility time').first()).toContainText('c. July 2022')
  await expect(page.locator('#peskov-leaks-criticism time').first()).toContainText('?')
  await expect(page.locator('svg.tl-svg-horizontal [data-event-id="griner-detained"] .tl-bar-end-open')).toHaveCount(1)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
  test('the timeline runs top to bottom, one mark per event in time order', async ({ page }) => {
    await page.goto(SEED)
    await expect(page.locator('svg.tl-svg-horizontal')).toBeHidden()
    const svg = page.locator('svg.tl-svg-vertical')
    await expect(svg).toBeVisible()
    const marks = svg.locator('[data-event-id]')
    expect(await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).toEqual(SEED_ORDER)
    // Marks never go back up the page (events on the same day share a height); labels follow strictly below each other.
    const markYs = await marks.evaluateAll((els) => els.map((e) => e.querySelector('circle, rect')!.getBoundingClientRect().top))
    for (let i = 1; i < markYs.length; i++) expect(markYs[i]).toBeGreaterThanOrEqual(markYs[i - 1]! - 0.5)
    const labelYs = await svg.locator('[data-box="label"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top))
    for (let i = 1; i < labelYs.length; i++) expect(labelYs[i]).toBeGreaterThan(labelYs[i - 1]!)
    await expect(svg.locator('[data-quote-id]')).toHaveCount(9)
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
})

test('from 768 px the wide drawing fits its column: every mark and label is on screen without scrolling sideways', async ({ page }) => {
  for (const width of [768, 900, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(SEED)
    const scroller = page.locator('.tl-horizontal')
    expect(await scroller.evaluate((s) => s.scrollWidth - s.clientWidth), `sideways overflow at ${width}px`).toBeLessThanOrEqual(0)
    const right = await page.evaluate(() => document.documentElement.clientWidth)
    const boxes = await page.locator('svg.tl-svg-horizontal [data-box], svg.tl-svg-horizontal [data-event-id] circle').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
    expect(boxes.length).toBeGreaterThan(12)
    for (const b of boxes) expect(b.left >= 0 && b.right <= right, `a box from ${b.left} to ${b.right} at ${width}px`).toBe(true)
  }
})

test('no two label or callout boxes overlap on screen', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(SEED)
    const boxes = await page.locator('svg.tl-svg:visible [data-box]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
    expect(boxes.length).toBe(12 + 9)
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!
        const b = boxes[j]!
        const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5
        expect(apart, `boxes ${i} and ${j} at ${width}px`).toBe(true)
      }
  }
})

test('every label and quote fits inside its box', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(SEED)
    const overflows = await page.locator('svg.tl-svg:visible [data-box]').evaluateAll((groups) =>
      groups.flatMap((g) => {
        const box = g.querySelector('rect')!.getBoundingClientRect()
        return [...g.querySelectorAll('text')]
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.right > box.right + 0.5 || r.left < box.left - 0.5)
          .map(({ text }) => text)
      }),
    )
    expect(overflows, `at ${width}px`).toEqual([])
  }
})

test('a deep link lands on its event section', async ({ page }) => {
  await page.goto(`${SEED}#russia-invades-ukraine`)
  await expect(page.locator('#russia-invades-ukraine')).toBeInViewport()
})

test('the index links to the seed story with its summary', async ({ page }) => {
  await page.goto('/')
  const item = page.getByRole('article').filter({ hasText: 'Lavrov agrees to hear' })
  await expect(item).toContainText('12 events')
  await expect(item).toContainText('9 quotes')
  await expect(item).toContainText('2021')
  await item.getByRole('link', { name: /Lavrov agrees to hear/ }).click()
  await expect(page).toHaveURL(new RegExp(`${SEED}$`))
  await expect(page.locator('svg.tl-svg-horizontal')).toBeVisible()
})

test('the list of events and the article are markup React never hydrates, carried in the flight data as one string each', async ({ page }) => {
  await page.goto(SEED)
  await page.locator('.tl-viewer[data-hydrated]').waitFor()
  const owned = await page.evaluate(() => {
    const react = (el: Element | null) => el !== null && Object.keys(el).some((k) => k.startsWith('__reactFiber'))
    return {
      list: react(document.querySelector('nav[aria-labelledby="events-heading"]')),
      prose: react(document.querySelector('.prose-body')),
      item: react(document.querySelector('.event-index li')),
      section: react(document.getElementById('russia-invades-ukraine')),
      quote: react(document.querySelector('.quote-block')),
      facts: react(document.querySelector('.story-facts')),
    }
  })
  // React owns the elements that hold them (and the rest of the page), nothing inside.
  expect(owned).toEqual({ list: true, prose: true, item: false, section: false, quote: false, facts: true })
  // The flight data as the HTML carries it (Next empties self.__next_f once it has read it).
  const html = await (await page.request.get(SEED)).text()
  const pushes = [...html.matchAll(/<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)].map((m) => JSON.parse(m[1]!) as unknown[])
  const flight = pushes.map((chunk) => (typeof chunk[1] === 'string' ? chunk[1] : '')).join('')
  expect(flight).toContain('"className":"story-facts')
  expect(flight).not.toContain('"className":"event-section"')
  expect(flight).not.toContain('"className":"event-index"')
  expect(flight.split('<section id="russia-invades-ukraine" class="event-section"').length - 1).toBe(1)
})

test('an unknown slug answers a real 404', async ({ page }) => {
  const response = await page.goto('/timelines/no-such-story')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'No timeline here' })).toBeVisible()
})

/** Counts every layout shift from the first paint on, as Lighthouse's CLS does; call before navigating. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    ;(window as unknown as { shifts: number }).shifts = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The layout shift counted so far by watchShifts. */
const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number }).shifts)

for (const { viewport, wholeMarks } of [
  // On a laptop at least half the story's marks are whole in the first screen; on a phone at least three.
  { viewport: { width: 1280, height: 800 }, wholeMarks: (events: number) => Math.ceil(events / 2) },
  { viewport: { width: 390, height: 844 }, wholeMarks: () => 3 },
]) {
  test(`the timeline comes first at ${viewport.width}×${viewport.height}: only the title and summary above it, and nothing shifts`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await watchShifts(page)
    await page.goto(SEED)
    await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y
    // The drawing begins in the upper half of the first screen (it began below it: 710 px at 1280×800, 811 px at 390×844).
    expect(await top('.tl-viewer')).toBeLessThan(viewport.height / 2)
    expect(await top('.story-summary')).toBeLessThan(await top('.tl-viewer'))
    // The rest of the metadata and the Embed button come after it.
    expect(await top('.story-meta')).toBeGreaterThan(await top('.tl-viewer'))
    expect(await top('.story-embed')).toBeGreaterThan(await top('.tl-viewer'))
    await page.waitForTimeout(500)
    expect(await shifts(page)).toBeLessThan(0.01)
    // An event's mark is whole in view when its dot or bar and its label box both are, in the drawing shown at this size.
    const marks = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find((s) => s.getBoundingClientRect().height > 0)!
      const events = [...svg.querySelectorAll<SVGAElement>('a.tl-event')]
      const inView = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth
      // A bar with an open end ("from Feb 2022") runs on to the drawing's end by design: it is whole in view once its start is.
      const shown = (p: Element) => {
        const r = p.getBoundingClientRect()
        if (!p.classList.contains('tl-bar-end-open')) return inView(r)
        return inView(new DOMRect(r.x, r.y, Math.min(r.width, innerWidth - r.x), Math.min(r.height, innerHeight - r.y)))
      }
      const whole = events.filter((e) => [...e.querySelectorAll(':scope > .tl-point, :scope > .tl-bar, :scope > .tl-label')].every(shown))
      return { events: events.length, whole: whole.length }
    })
    expect(marks.whole, `${marks.whole} of ${marks.events} marks whole in the first screen`).toBeGreaterThanOrEqual(wholeMarks(marks.events))
  })
}

test('printed, the story starts with its timeline on the first page and leaves out what only works on a screen', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.emulateMedia({ media: 'print' })
  // A4 at 96 dpi, less Chromium's default margins: about 1,047 px of page per sheet.
  const drawing = (await page.locator('svg.tl-svg-horizontal').boundingBox())!
  expect(drawing.y + drawing.height).toBeLessThan(1047)
  for (const screenOnly of ['.tl-toolbar', '.tl-tags-hint', '.story-embed', '.site-header', '.theme-toggle']) await expect(page.locator(screenOnly).first()).toBeHidden()
})

test('on a phone the toolbar keeps to one row in a language with longer words, so hydration moves nothing', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await watchShifts(page)
  await page.goto(`${SEED}-es`)
  const toolbar = page.locator('.tl-viewer[data-hydrated] .tl-toolbar')
  await expect(toolbar).toBeVisible()
  const buttons = await toolbar.locator('button:visible').evaluateAll((els) => els.map((b) => Math.round(b.getBoundingClientRect().top)))
  expect(new Set(buttons).size, 'toolbar rows').toBe(1)
  await page.waitForTimeout(500)
  expect(await shifts(page)).toBeLessThan(0.01)
})
