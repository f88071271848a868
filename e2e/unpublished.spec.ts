import { expect, test } from '@playwright/test'

/**
 * The site the tests build holds a draft and an embargoed story (e2e/fixtures/site), tagged and in the
 * series of the real stories. Neither may show anywhere public: not its page, widget, card, data, calendar,
 * nor any listing, feed, tag page, series link or API answer. Their titles and summaries carry a marker word.
 */
const MARKER = /Zanzibar|e2e-draft-story|e2e-embargoed-story/
const WITHHELD = ['e2e-draft-story', 'e2e-embargoed-story']

test('a draft and an embargoed story have no URL of their own', async ({ request, baseURL }) => {
  for (const slug of WITHHELD) {
    for (const path of [
      `/timelines/${slug}`,
      `/timelines/${slug}/opengraph-image`,
      `/embed/${slug}`,
      `/calendars/${slug}.ics`,
      `/api/v1/timelines/${slug}.json`,
      `/api/timelines/${slug}/timelinejs.json`,
      `/api/oembed?url=${encodeURIComponent(`${baseURL}/timelines/${slug}`)}`,
    ]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  }
})

test('no public page, feed or API answer mentions a draft or an embargoed story', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const pages = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  expect(pages.length).toBeGreaterThan(5)
  // A story's own address, not the later pages of a long one (`/timelines/<slug>/page/<n>`).
  const stories = pages.filter((p) => /^\/timelines\/[^/]+$/.test(p)).map((p) => p.slice('/timelines/'.length))
  const paths = [
    ...pages,
    '/sitemap.xml',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/api/v1/timelines.json',
    ...stories.flatMap((s) => [`/embed/${s}`, `/calendars/${s}.ics`, `/api/v1/timelines/${s}.json`, `/api/timelines/${s}/timelinejs.json`]),
  ]
  for (const path of paths) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect((await response.text()).match(MARKER)?.[0], path).toBeUndefined()
  }
})
