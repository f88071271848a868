import { request as httpRequest } from 'node:http'
import fc from 'fast-check'
import { expect, test } from '@playwright/test'
import { EMBED_PARAMS } from '../lib/embed/snippets'

/**
 * Property tests over everything the site reads from a request, against the production server: path
 * segments, embed options, oEmbed parameters and the headers a proxy or a client may forge; and, in the
 * browser, URL fragments. Fixed seeds and counts, so a failure replays. Every answer: no 5xx, no input
 * reflected unescaped, under a second.
 */
const SLUG = 'lavrov-blinken-prisoner-swap'
const SEED = 42
/** What must never come back as it was sent: markup that would run in a reader's browser. */
const PAYLOADS = ['"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '<script>alert(1)</script>', 'javascript:alert(1)//']
const MARKUP = /<(img|svg|script)\b[^>]*?(onerror|onload|>alert)/i

interface Answer {
  status: number
  body: string
}

let cases = 0

/** A GET as sent: any path bytes Node lets through, any header values (Host included). */
function get(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(baseURL)
  cases++
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d: string) => (body += d))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    // A hang is a failure; how fast an answer comes is the load benchmark's to judge, not a test's on a shared machine.
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${path} in 5 s`)))
    req.on('error', reject)
    req.end()
  })
}

function expectSafe(answer: Answer, what: string, allowed: readonly number[] = []) {
  if (!allowed.includes(answer.status)) expect(answer.status, `${what} answered ${answer.status}`).toBeLessThan(500)
  expect(answer.body, `${what} reflected markup`).not.toMatch(MARKUP)
}

/** Text as it may arrive in a URL: anything, percent-encoded, or raw escapes that may not decode. */
const urlText = fc.oneof(
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  fc.constantFrom(...PAYLOADS).map(encodeURIComponent),
  fc.stringMatching(/^[a-z0-9%.~_-]{0,30}$/),
  fc.array(fc.constantFrom('%', '%z', '%E0%A4%A', '%ff', '%00', '..', '%2e%2e', '%2F', SLUG, 'a'), { maxLength: 6 }).map((xs) => xs.join('')),
)
/** A header value Node will send (no CR, LF or other control characters). */
const headerText = fc.oneof(fc.stringMatching(/^[\x20-\x7e]{0,60}$/), fc.constantFrom('javascript:alert(1)//', 'https, http', 'evil.example', 'evil.example:443', '[::1]', ''))

test.describe.configure({ mode: 'serial' })

test.afterAll(() => {
  console.log(`# http fuzz: ${cases} requests`)
})

test('any path segment in any route is answered without a 5xx, reflection or delay', async ({ baseURL }) => {
  test.setTimeout(180_000)
  const routes = [(s: string) => `/timelines/${s}`, (s: string) => `/embed/${s}`, (s: string) => `/timelines/${s}/opengraph-image`, (s: string) => `/api/timelines/${s}/timelinejs.json`,
    (s: string) => `/calendars/${s}`,
    (s: string) => `/calendars/${s}.ics`,
    (s: string) => `/api/v1/timelines/${s}`,
    (s: string) => `/api/v1/timelines/${s}.json`,
    (s: string) => `/api/v1/${s}`,
    (s: string) => `/${s}`,
    (s: string) => `/docs/${s}`,
    (s: string) => `/tags/${s}`,
    (s: string) => `/tags/prisoners/page/${s}`,
    (s: string) => `/tags/${s}/page/2`,
    (s: string) => `/page/${s}`,
    (s: string) => `/timelines/e2e-long-story/page/${s}`,
    (s: string) => `/timelines/${s}/page/2`,
    (s: string) => `/timelines/e2e-long-story/details/${s}`,
    (s: string) => `/timelines/${s}/details/1.json`,
    (s: string) => `/embed/${s}/view?view=h&k=2`,
  ]
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), urlText, async (route, segment) => {
      const path = route(segment)
      expectSafe(await get(baseURL!, path), path)
    }),
    { seed: SEED, numRuns: 1000 },
  )
})

test('any embed options are answered without a 5xx, reflection or delay', async ({ baseURL }) => {
  test.setTimeout(180_000)
  const option = fc.tuple(fc.constantFrom(...EMBED_PARAMS, 'lang', 'unknown'), urlText)
  await fc.assert(
    fc.asyncProperty(fc.array(option, { maxLength: 6 }), async (options) => {
      const path = `/embed/${SLUG}?${options.map(([k, v]) => `${k}=${v}`).join('&')}`
      const answer = await get(baseURL!, path)
      expectSafe(answer, path)
      expect(answer.status, path).toBe(200)
    }),
    { seed: SEED, numRuns: 800 },
  )
})

test('any zoomed-view query of a widget is answered without a 5xx, reflection or delay', async ({ baseURL }) => {
  test.setTimeout(180_000)
  const param = fc.tuple(fc.constantFrom('view', 'k', 'x', 'reveal', 'min', 'open', ...EMBED_PARAMS), fc.oneof(urlText, fc.constantFrom('h', 'v', '2', '-300', '1e308', 'NaN')))
  await fc.assert(
    fc.asyncProperty(fc.array(param, { maxLength: 7 }), async (params) => {
      const path = `/embed/${SLUG}/view?${params.map(([k, v]) => `${k}=${v}`).join('&')}`
      const answer = await get(baseURL!, path)
      expectSafe(answer, path)
      // A view, or a 400 that says which parameter is wrong.
      expect([200, 400], path).toContain(answer.status)
    }),
    { seed: SEED, numRuns: 600 },
  )
})

test('any oEmbed query is answered without a 5xx, reflection or delay', async ({ baseURL }) => {
  test.setTimeout(180_000)
  const page = `${baseURL}/timelines/${SLUG}`
  const url = fc.oneof(urlText, fc.constant(encodeURIComponent(page)), fc.webUrl().map(encodeURIComponent), urlText.map((s) => encodeURIComponent(`${page}${decodeURIComponentSafe(s)}`)))
  const size = fc.oneof(fc.integer({ min: -10, max: 100_000 }).map(String), urlText)
  await fc.assert(
    fc.asyncProperty(url, fc.option(fc.constantFrom('json', 'xml', 'JSON', '')), fc.option(size), fc.option(size), async (u, format, maxwidth, maxheight) => {
      const query = [`url=${u}`, format !== null ? `format=${format}` : '', maxwidth !== null ? `maxwidth=${maxwidth}` : '', maxheight !== null ? `maxheight=${maxheight}` : ''].filter(Boolean).join('&')
      const path = `/api/oembed?${query}`
      const answer = await get(baseURL!, path)
      // The one 5xx the oEmbed spec asks for: 501 for a format the provider does not offer (only json is).
      const offered = format === null || format === '' || format === 'json'
      expectSafe(answer, path, offered ? [] : [501])
      if (!offered) expect(answer.status, path).toBe(501)
      if (answer.status === 200) {
        const body = JSON.parse(answer.body) as { html: string; width: number; height: number }
        expect(body.html).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/${SLUG}"`))
        const limit = (v: string | null) => (v !== null && /^\d{1,5}$/.test(v) && Number(v) > 0 ? Number(v) : Infinity)
        expect(body.width).toBeLessThanOrEqual(limit(maxwidth))
        expect(body.height).toBeLessThanOrEqual(limit(maxheight))
      }
    }),
    { seed: SEED, numRuns: 800 },
  )
})

test('forged Host and X-Forwarded-* headers change no link and cause no 5xx', async ({ baseURL }) => {
  test.setTimeout(180_000)
  const paths = ['/', `/timelines/${SLUG}`, `/embed/${SLUG}`, `/api/oembed?url=${encodeURIComponent(`${baseURL}/timelines/${SLUG}`)}`, `/api/timelines/${SLUG}/timelinejs.json`, '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt', `/calendars/${SLUG}.ics`, '/api/v1/timelines.json', `/api/v1/timelines/${SLUG}.json`, '/api/v1/schema.json', `/oembed/${SLUG}.json`, `/embed/${SLUG}/source.json`, '/tags/prisoners', '/page/2', '/search.json']
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...paths), headerText, headerText, headerText, async (path, host, proto, forwardedHost) => {
      const headers: Record<string, string> = { 'X-Forwarded-Proto': proto, 'X-Forwarded-Host': forwardedHost }
      if (host) headers.Host = host
      const answer = await get(baseURL!, path, headers)
      expectSafe(answer, `${path} with ${JSON.stringify(headers)}`)
      // Whatever they say, absolute links name the configured origin only.
      for (const forged of [host, forwardedHost]) if (forged.length > 3 && !baseURL!.includes(forged)) expect(answer.body.includes(`//${forged}`), `${path} links to ${forged}`).toBe(false)
    }),
    { seed: SEED, numRuns: 600 },
  )
})

test('any URL fragment leaves the story page and the widget working', async ({ page }) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  for (const path of [`/timelines/${SLUG}`, `/embed/${SLUG}`]) {
    await page.goto(path)
    await expect(page.locator('.tl-viewer[data-hydrated]').first()).toBeAttached()
    await fc.assert(
      fc.asyncProperty(fc.oneof(urlText, fc.string({ maxLength: 30 })), async (fragment) => {
        cases++
        await page.evaluate((f) => {
          location.hash = f
          window.dispatchEvent(new Event('dateline:hash'))
        }, fragment)
      }),
      { seed: SEED, numRuns: 150 },
    )
    // Still answering the keyboard.
    await page.locator('[data-orientation="horizontal"] [data-event-id]').first().focus()
    await page.keyboard.press('End')
    await expect(page).toHaveURL(/#lavrov-tashkent-press-conference$/)
  }
  expect(errors).toEqual([])
})

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
