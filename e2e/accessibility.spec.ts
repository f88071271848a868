import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const PAGES = ['/', '/timelines/lavrov-blinken-prisoner-swap']
const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]

for (const path of PAGES) {
  for (const screen of SCREENS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violations on ${path} (${screen.name}, ${colorScheme})`, async ({ page }) => {
        await page.setViewportSize(screen.viewport)
        await page.emulateMedia({ colorScheme })
        await page.goto(path)
        const results = await new AxeBuilder({ page }).analyze()
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
        expect(summary).toEqual([])
      })
    }
  }
}
