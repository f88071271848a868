/**
 * Headless Chromium for the browser benchmarks, launched the way
 * playwright.config.ts launches it for the end-to-end tests, plus what the
 * benchmarks share: a local-only network and compressed byte counts.
 */
import { existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'

/** This machine cannot download Playwright's browsers: Debian's Chromium when it is there, else PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH. */
export function chromiumPath(): string | undefined {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || undefined
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath()
  return chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) })
}

/**
 * tsx compiles the benchmarks with esbuild's keepNames, which wraps named
 * functions in a `__name(fn, "name")` call; functions handed to
 * `page.evaluate` run in the page, where that helper does not exist.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn'

/** A fresh context (empty cache) at the benchmark viewport, with the shim above. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(NAME_SHIM)
  return context
}

/** The desktop viewport every browser benchmark uses, so both sides of a comparison draw at the same size. */
export const VIEWPORT = { width: 1280, height: 800 }

/** The phone every browser benchmark emulates: 390 × 844 CSS px, touch, a phone's pixel ratio. */
export const PHONE = { width: 390, height: 844 }
export const PHONE_CONTEXT = { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }

const LOCAL = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//

/**
 * Refuses every request that would leave this machine (web fonts, analytics,
 * CDNs): a benchmark measures what is served here, and needs no network.
 * Returns the refused addresses, in the order they were asked for.
 */
export async function localOnly(target: BrowserContext | Page): Promise<string[]> {
  const refused: string[] = []
  await target.route(
    (url) => !LOCAL.test(url.href) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      refused.push(route.request().url())
      return route.abort('blockedbyclient')
    },
  )
  return refused
}

/**
 * Refuses Next's speculative prefetches of linked pages (requests marked
 * `Next-Router-Prefetch`): they fetch other pages' data and, once it arrives,
 * those pages' chunks, which are not the weight of the page being measured.
 * Returns the refused addresses.
 */
export async function noPrefetch(target: BrowserContext | Page): Promise<string[]> {
  const refused: string[] = []
  await target.route('**/*', (route) => {
    const request = route.request()
    if (request.headers()['next-router-prefetch'] === undefined) return route.fallback()
    refused.push(request.url())
    return route.abort('blockedbyclient')
  })
  return refused
}

/** gzip at zlib's default level (6), what Next's own compression uses: one yardstick for every side of a comparison. */
export function gzipBytes(body: Buffer | string): number {
  return gzipSync(body).byteLength
}

export interface LoadedResource {
  url: string
  /** Resource type as the browser reports it: document, script, stylesheet, fetch, font, image… */
  type: string
  contentType: string
  raw: number
  gzip: number
  /** True when the response arrived after the page's load event: lazy chunks, data fetched later. */
  afterLoad: boolean
}

/** Kinds of bodies that a server compresses; fonts and images already are, and count as they are. */
function compressible(contentType: string): boolean {
  return /^(text\/|application\/(javascript|json|xml|.*\+json|.*\+xml)|image\/svg\+xml)/.test(contentType)
}

/**
 * Records every response a page receives, with its body's size raw and as
 * gzip (compressible types) or as is (fonts, images). Call before navigating;
 * `settle()` waits for the bodies read so far.
 */
export function recordResources(page: Page): { resources: LoadedResource[]; settle: () => Promise<void> } {
  const resources: LoadedResource[] = []
  const pending: Promise<void>[] = []
  let loaded = false
  page.once('load', () => (loaded = true))
  page.on('response', (response) => {
    const status = response.status()
    // Redirects and 304s carry no body to count.
    if (status >= 300 && status < 400) return
    const afterLoad = loaded
    pending.push(
      response.body().then(
        (body) => {
          const contentType = (response.headers()['content-type'] ?? '').split(';')[0]!.trim()
          resources.push({
            url: response.url(),
            type: response.request().resourceType(),
            contentType,
            raw: body.byteLength,
            gzip: compressible(contentType) ? gzipBytes(body) : body.byteLength,
            afterLoad,
          })
        },
        () => {},
      ),
    )
  })
  return { resources, settle: async () => void (await Promise.all(pending)) }
}

export const kb = (bytes: number) => bytes / 1024
