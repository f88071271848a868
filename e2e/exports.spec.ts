import { expect, test } from '@playwright/test'

test('each timeline is served in TimelineJS JSON, every event kept', async ({ request }) => {
  const response = await request.get('/api/timelines/lavrov-blinken-prisoner-swap/timelinejs.json')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.title.text.headline).toBe('Lavrov agrees to hear Blinken’s prisoner-swap proposal')
  expect(body.events).toHaveLength(12)
  const invasion = body.events.find((e: { unique_id: string }) => e.unique_id === 'russia-invades-ukraine')
  expect(invasion.start_date).toMatchObject({ year: 2022, month: 2, day: 24 })
  expect(invasion.text.headline).toBe('Russia invades Ukraine')
  expect((await request.get('/api/timelines/no-such-story/timelinejs.json')).status()).toBe(404)
})
