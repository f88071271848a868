import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test } from '@playwright/test'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import ical, { type VEvent } from 'node-ical'

/**
 * The feeds, calendars and JSON API as their readers get them from the production server: parsed with a
 * real feed parser, a real iCalendar parser, and checked against the JSON Schema the site publishes.
 */
const SLUG = 'lavrov-blinken-prisoner-swap'
const TITLE = 'Lavrov agrees to hear Blinken’s prisoner-swap proposal'

test('robots.txt names the sitemap, which lists the story on the configured origin', async ({ request, baseURL }) => {
  const robots = await request.get('/robots.txt')
  expect(robots.headers()['content-type']).toContain('text/plain')
  expect(await robots.text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.headers()['content-type']).toContain('application/xml')
  const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(locs).toEqual(expect.arrayContaining([`${baseURL}/`, `${baseURL}/timelines/${SLUG}`, `${baseURL}/docs/authoring`]))
  for (const loc of locs) expect(loc!.startsWith(`${baseURL}/`), loc).toBe(true)
})

test('the sitemap lists every page of a story read in pages, each of which answers', async ({ request, baseURL }) => {
  const locs = [...(await (await request.get('/sitemap.xml')).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
  const story = `${baseURL}/timelines/e2e-long-story`
  // Its 450 events are read in three pages (e2e/fixtures/long-story.ts); its first page is the story's own address.
  expect(locs.filter((l) => l.startsWith(`${story}/`) || l === story)).toEqual([story, `${story}/page/2`, `${story}/page/3`])
  for (const loc of locs.filter((l) => l.includes('/page/') && l.includes('/timelines/'))) expect((await request.get(loc)).status(), loc).toBe(200)
})

for (const [path, type] of [
  ['/feed.xml', 'application/rss+xml'],
  ['/atom.xml', 'application/atom+xml'],
] as const) {
  test(`${path} is ${type} with the story as an item`, async ({ request, baseURL }) => {
    const response = await request.get(path)
    expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`)
    const feed = parseFeed(await response.text())
    const item = feed.items.find((i) => i.url === `${baseURL}/timelines/${SLUG}`)
    expect(item?.title).toBe(TITLE)
    expect(item?.categories.map((c) => c.term)).toContain('diplomacy')
    expect(item?.published?.toISOString()).toBe('2022-07-29T00:00:00.000Z')
  })
}

test('/feed.json is JSON Feed 1.1 with the story as an item', async ({ request, baseURL }) => {
  const response = await request.get('/feed.json')
  expect(response.headers()['content-type']).toBe('application/feed+json')
  const feed = await response.json()
  expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: 'Dateline', feed_url: `${baseURL}/feed.json` })
  const item = feed.items.find((i: { id: string }) => i.id === `${baseURL}/timelines/${SLUG}`)
  expect(item).toMatchObject({ url: `${baseURL}/timelines/${SLUG}`, title: TITLE, date_published: '2022-07-29T00:00:00.000Z' })
})

test('every page links to the three feeds', async ({ page, baseURL }) => {
  for (const path of ['/', `/timelines/${SLUG}`]) {
    await page.goto(path)
    for (const [type, file] of [['application/rss+xml', 'feed.xml'], ['application/atom+xml', 'atom.xml'], ['application/feed+json', 'feed.json']]) {
      await expect(page.locator(`link[rel="alternate"][type="${type}"]`), `${path} ${type}`).toHaveAttribute('href', `${baseURL}/${file}`)
    }
  }
})

test("the story's calendar has one event per story event, all-day by the day, each linked to its anchor", async ({ page, request, baseURL }) => {
  await page.goto(`/timelines/${SLUG}`)
  const link = page.getByRole('link', { name: 'Add to calendar' })
  await expect(link).toHaveAttribute('href', `${baseURL}/calendars/${SLUG}.ics`)
  const response = await request.get(`/calendars/${SLUG}.ics`)
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  const events = Object.values(ical.sync.parseICS(await response.text())).filter((c): c is VEvent => c?.type === 'VEVENT')
  const data = await (await request.get(`/api/v1/timelines/${SLUG}.json`)).json()
  expect(events).toHaveLength(data.events.length)
  const url = (v: unknown) => (typeof v === 'object' && v !== null && 'val' in v ? String(v.val) : String(v))
  for (const e of data.events as { id: string; title: string; span: { start: { precision?: string } } }[]) {
    const vevent = events.find((v) => url(v.url) === `${baseURL}/timelines/${SLUG}#${e.id}`)
    expect(vevent?.summary, e.id).toBe(e.title)
    if (e.span.start.precision === 'day') expect(vevent?.datetype, e.id).toBe('date')
  }
  const geneva = events.find((v) => url(v.url).endsWith('#geneva-summit-2021'))
  expect(geneva?.start.toISOString()).toBe('2021-06-16T00:00:00.000Z')
  expect(geneva?.location).toBe('Geneva, Switzerland')
  const griner = events.find((v) => url(v.url).endsWith('#griner-detained'))
  expect(url(griner?.description)).toContain('Ongoing (open end)')
})

test('the API answers match the JSON Schema it publishes', async ({ request, baseURL }) => {
  const schemaResponse = await request.get('/api/v1/schema.json')
  expect(schemaResponse.headers()['content-type']).toBe('application/schema+json')
  const schema = await schemaResponse.json()
  expect(schema.$id).toBe(`${baseURL}/api/v1/schema.json`)
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats.default(ajv)
  ajv.addSchema(schema)
  const validate = (def: string, data: unknown) => {
    const check = ajv.getSchema(`${schema.$id}#/$defs/${def}`)!
    expect(check(data), JSON.stringify(check.errors)).toBe(true)
  }
  const index = await (await request.get('/api/v1/timelines.json')).json()
  validate('TimelineIndex', index)
  const entry = index.timelines.find((t: { slug: string }) => t.slug === SLUG)
  expect(entry).toMatchObject({ title: TITLE, url: `${baseURL}/timelines/${SLUG}`, published: '2022-07-29' })
  const story = await request.get(entry.data)
  expect(story.headers()['content-type']).toContain('application/json')
  const doc = await story.json()
  validate('Timeline', doc)
  expect(doc.events.length).toBe(entry.eventCount)
  expect(doc.quotes.length).toBe(entry.quoteCount)
})

test('an unknown story has no calendar and no data', async ({ request }) => {
  for (const path of ['/calendars/no-such-story.ics', '/api/v1/timelines/no-such-story.json', '/calendars/x', '/api/v1/timelines/x.ics']) {
    const status = (await request.get(path)).status()
    expect(status, path).toBe(404)
  }
})
