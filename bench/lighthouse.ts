/**
 * One Lighthouse for the benchmarks that audit pages: its own headless Chromium (chrome-launcher) with the
 * flags of the other browser benchmarks, audited with Lighthouse's default configuration, the mobile
 * preset (a mid-range phone, simulated slow 4G and a 4× slower CPU).
 */
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumPath } from './browser'

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/** Tries per audit: Lighthouse sometimes loses the trace of a load on a busy machine (NO_NAVSTART) and says to run it again. */
const ATTEMPTS = 3

export interface Lighthouse {
  /** Audits one page for the given categories (again, when the trace was lost); undefined when Lighthouse returned nothing. */
  audit: (url: string, categories: string[]) => Promise<LighthouseResult | undefined>
  close: () => void
}

export async function startLighthouse(): Promise<Lighthouse> {
  const path = chromiumPath()
  const chrome = await launch({ chromeFlags: CHROME_FLAGS, ...(path ? { chromePath: path } : {}) })
  return {
    audit: async (url, categories) => {
      let lhr: LighthouseResult | undefined
      for (let i = 0; i < ATTEMPTS; i++) {
        lhr = (await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: categories, output: 'json' }))?.lhr
        if (lhr && !lhr.runtimeError) break
      }
      return lhr
    },
    close: () => chrome.kill(),
  }
}
