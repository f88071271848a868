import { expect, test } from '@playwright/test'

const SEED = '/timelines/lavrov-blinken-prisoner-swap'

test('the Embed button opens a modal dialog that keeps focus inside and closes with Escape', async ({ page }) => {
  await page.goto(SEED)
  const button = page.getByRole('button', { name: 'Embed', exact: true })
  await button.click()
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' })
  await expect(dialog).toBeVisible()
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  }
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Shift+Tab')
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})

test('options change the preview and both forms of code', async ({ page, baseURL }) => {
  await page.goto(SEED)
  await page.getByRole('button', { name: 'Embed', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' })
  await dialog.getByLabel('Theme').selectOption('dark')
  await dialog.getByLabel('Quote callouts').uncheck()
  await dialog.getByRole('checkbox', { name: 'prisoners' }).check()
  const iframeCode = dialog.getByLabel(/^Iframe/)
  await expect(iframeCode).toHaveValue(new RegExp(`src="${baseURL}/embed/lavrov-blinken-prisoner-swap\\?theme=dark&amp;tags=prisoners&amp;quotes=0"`))
  await expect(dialog.getByLabel(/^Script and div/)).toHaveValue(/data-title="[^"]+" data-theme="dark" data-tags="prisoners" data-quotes="0"[\s\S]*\/embed\.js/)
  const preview = dialog.locator('iframe')
  await expect(preview).toHaveAttribute('src', /theme=dark/)
  await expect(preview.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(preview.contentFrame().locator('.tl-callout')).toHaveCount(0)
})

test('an invalid date is explained beside its field and left out of the code', async ({ page }) => {
  await page.goto(SEED)
  await page.getByRole('button', { name: 'Embed', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' })
  const from = dialog.getByLabel(/^From/)
  await from.fill('last spring')
  await expect(from).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText('expected a single EDTF date')).toBeVisible()
  await expect(dialog.getByLabel(/^Iframe/)).not.toHaveValue(/from=/)
  await from.fill('2022-02')
  await expect(dialog.getByLabel(/^Iframe/)).toHaveValue(/from=2022-02/)
})

test('Copy puts the code on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(SEED)
  await page.getByRole('button', { name: 'Embed', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' })
  await dialog.getByRole('button', { name: 'Copy script code' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Copied the script code')
  const code = await dialog.getByLabel(/^Script and div/).inputValue()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
})
