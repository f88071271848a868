import { expect, test } from '@playwright/test'

const SEED = '/timelines/lavrov-blinken-prisoner-swap'

test('pages other than embeds may only be framed by this site', async ({ request }) => {
  for (const path of ['/', SEED]) {
    const response = await request.get(path)
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN')
  }
})

test('the story page advertises its oEmbed endpoint, which answers a rich iframe', async ({ page, request, baseURL }) => {
  await page.goto(SEED)
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
  expect(href).toBeTruthy()
  const response = await request.get(href!)
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Dateline', title: 'Lavrov agrees to hear Blinken’s prisoner-swap proposal' })
  expect(body.html).toContain(`src="${baseURL}/embed/lavrov-blinken-prisoner-swap"`)
  const thumb = await request.get(body.thumbnail_url)
  expect(thumb.headers()['content-type']).toBe('image/png')
})

test('oEmbed respects maxwidth and maxheight, refuses unknown URLs and XML', async ({ request, baseURL }) => {
  const url = encodeURIComponent(`${baseURL}${SEED}`)
  const sized = await (await request.get(`/api/oembed?url=${url}&maxwidth=400&maxheight=300`)).json()
  expect(sized.width).toBeLessThanOrEqual(400)
  expect(sized.height).toBeLessThanOrEqual(300)
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/timelines/nope`)}`)).status()).toBe(404)
  expect((await request.get(`/api/oembed?url=${encodeURIComponent('https://elsewhere.example/timelines/x')}`)).status()).toBe(404)
  expect((await request.get(`/api/oembed?url=${url}&format=xml`)).status()).toBe(501)
})
