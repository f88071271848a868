import assert from 'node:assert/strict'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { formatError } from '../content/errors'
import { loadTimelineFile } from '../content/load.server'
import type { Timeline } from '../content/model'
import { parseCsv } from './csv'
import { importTimelineJs, type ImportOptions } from './import'
import { sheetToTimelineJs } from './sheet'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)
const OPTIONS: ImportOptions = { published: '2024-05-01' }

async function readJson(name: string): Promise<unknown> {
  return JSON.parse(await readFile(fixture(name), 'utf8'))
}

function convert(input: unknown, options: Partial<ImportOptions> = {}) {
  const r = importTimelineJs(input, { ...OPTIONS, ...options })
  if (!r.ok) assert.fail(`expected the import to succeed:\n${r.errors.join('\n')}`)
  return r
}

/** Writes the MDX to a temp folder and runs it through the content loader, as `npm run check` would. */
async function load(mdx: string, slug = 'imported'): Promise<Timeline> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-import-'))
  const file = path.join(dir, `${slug}.mdx`)
  await writeFile(file, mdx)
  const r = await loadTimelineFile(file, slug)
  if (!r.ok) assert.fail(`expected the imported file to load:\n${r.errors.map(formatError).join('\n')}\n\n${mdx}`)
  return r.timeline
}

const byTitle = (t: Timeline, title: string) => {
  const e = t.events.find((x) => x.title === title)
  if (!e) assert.fail(`no event "${title}" in ${t.events.map((x) => x.title).join(', ')}`)
  return e
}

const event = (fields: Record<string, unknown>) => ({ start_date: { year: 2022 }, text: { headline: 'An event' }, ...fields })

test('the JSON fixture imports to a file the loader accepts, keeping every event and era', async () => {
  const r = convert(await readJson('ides-and-after.json'))
  const t = await load(r.mdx)
  assert.equal(r.eventCount, 9)
  assert.equal(t.events.length, 9)
  assert.equal(t.meta.title, 'From the Ides of March to the Moon')
  assert.equal(t.meta.published, '2024-05-01')
})

test('the CSV fixture imports to a file the loader accepts', async () => {
  const csv = parseCsv(await readFile(fixture('space-race.csv'), 'utf8'))
  assert.ok(csv.ok)
  const sheet = sheetToTimelineJs(csv.rows)
  assert.ok(sheet.ok)
  const t = await load(convert(sheet.json, { locate: sheet.locate }).mdx)
  assert.deepEqual(
    t.events.map((e) => e.span.edtf),
    ['-0499', '1957/1975', '1957-10-04T19:28:34', '1961-04-12T06:07:00/1961-04-12T07:55:00', '1969-07-20'],
  )
  assert.equal(byTitle(t, 'Apollo 11, "Eagle", lands').tags[0], 'USA')
})

test('BCE years become astronomical EDTF: TimelineJS -44 is 44 BC, -1 is 1 BC', async () => {
  const t = await load(convert(await readJson('ides-and-after.json')).mdx)
  assert.equal(byTitle(t, 'Caesar is killed').span.edtf, '-0043-03-15')
  assert.equal(byTitle(t, 'The last year before the common era').span.edtf, '0000')
})

test('dates keep their precision, and end_date makes an interval', async () => {
  const t = await load(convert(await readJson('ides-and-after.json')).mdx)
  assert.equal(byTitle(t, 'A year-only event').span.edtf, '2022')
  assert.equal(byTitle(t, 'Apollo 12').span.edtf, '1969-11')
  const apollo = byTitle(t, 'Apollo 11 lands on the Moon')
  assert.equal(apollo.span.edtf, '1969-07-20T20:17:40/1969-07-21T02:56:00')
  assert.equal(apollo.span.interval, true)
})

test('group becomes the tag, and eras become range events tagged era, with a warning', async () => {
  const r = convert(await readJson('ides-and-after.json'))
  const t = await load(r.mdx)
  assert.deepEqual(byTitle(t, 'Caesar is killed').tags, ['Rome'])
  const rome = byTitle(t, 'Ancient Rome')
  assert.deepEqual(rome.tags, ['era'])
  assert.equal(rome.span.edtf, '-0752/0476')
  assert.ok(r.warnings.includes('eras: 2 eras became events tagged "era" (Dateline has no eras)'))
})

test('unique_id becomes a slug id, and a repeated one is numbered, both with warnings', async () => {
  const r = convert(await readJson('ides-and-after.json'))
  const t = await load(r.mdx)
  assert.equal(byTitle(t, 'Caesar is killed').id, 'ides-of-march')
  assert.equal(byTitle(t, 'The last western emperor is deposed').id, 'ides-of-march-2')
  assert.equal(byTitle(t, 'Apollo 11 lands on the Moon').id, 'apollo-11')
  assert.ok(r.warnings.some((w) => w.startsWith('events[3].unique_id: "Ides of March" became id "ides-of-march-2"')))
})

test('a unique_id that clashes with another event\'s default id is numbered, so the file still loads', async () => {
  const r = convert({ events: [event({ text: { headline: 'Same' } }), event({ text: { headline: 'Other' }, unique_id: '2022-same' })] })
  const t = await load(r.mdx)
  assert.deepEqual(t.events.map((e) => e.id).sort(), ['2022-same', '2022-same-2'])
})

test('the title slide gives the title, and its text the summary, cut at a word to 280 characters with a warning', async () => {
  const r = convert(await readJson('ides-and-after.json'))
  const t = await load(r.mdx)
  assert.ok(t.meta.summary.length <= 280)
  assert.ok(t.meta.summary.endsWith('newsrooms write…'), t.meta.summary)
  assert.ok(r.warnings.some((w) => w.startsWith('title: text cut to 280 characters')))
  assert.match(r.mdx, /this text is long enough to be cut\./)
})

test('a short title text is the summary and is not repeated as an introduction', () => {
  const r = convert({ title: { text: { headline: 'T', text: '<p>Short and plain.</p>' } }, events: [event({})] })
  assert.match(r.mdx, /summary: "Short and plain."/)
  assert.equal(r.mdx.match(/Short and plain\./g)?.length, 1)
})

test('without a title slide the fallback title is used and the summary repeats it, with warnings', async () => {
  const r = convert({ events: [event({})] }, { fallbackTitle: 'Space race' })
  const t = await load(r.mdx)
  assert.equal(t.meta.title, 'Space race')
  assert.equal(r.slug, 'space-race')
  assert.ok(r.warnings.some((w) => w.startsWith('no title slide')))
})

test('an image with a description and a credit becomes the event’s image, its caption the text', () => {
  const r = convert({
    events: [event({ media: { url: 'https://e.org/eagle.jpg?x=1', caption: 'The <em>Eagle</em>', credit: 'NASA', alt: 'Lunar module' } })],
  })
  assert.match(r.mdx, / image="https:\/\/e\.org\/eagle\.jpg\?x=1" alt="Lunar module" credit="NASA">\n[\s\S]*The \*Eagle\*/)
  assert.doesNotMatch(r.mdx, /!\[/)
})

test('an image without a credit stays a Markdown image in the text, with a warning', () => {
  const r = convert({ events: [event({ media: { url: 'https://e.org/eagle.jpg', caption: 'The <em>Eagle</em>' } })] })
  assert.match(r.mdx, /!\[The Eagle\]\(https:\/\/e\.org\/eagle\.jpg\)\n\nThe \*Eagle\*/)
  assert.ok(r.warnings.some((w) => /image kept in the text, not as the event's image: it needs a credit/.test(w)), r.warnings.join('\n'))
})

test('media that is not an image becomes a link', () => {
  const r = convert({ events: [event({ media: { url: 'https://www.youtube.com/watch?v=x' } })] })
  assert.match(r.mdx, /\[https:\/\/www\.youtube\.com\/watch\?v=x\]\(https:\/\/www\.youtube\.com\/watch\?v=x\)/)
})

test('a display_date that reads differently is kept as a sentence, with a warning', async () => {
  const r = convert(await readJson('ides-and-after.json'))
  const t = await load(r.mdx)
  assert.match(byTitle(t, 'Octavian becomes Augustus').text, /Originally displayed as: 16 January 27 BC/)
  assert.ok(r.warnings.some((w) => w.includes('display date "16 January 27 BC" differs')))
})

test('a display_date that reads the same as Dateline\'s label is not repeated', () => {
  const r = convert({ events: [event({ start_date: { year: 476, month: 9, display_date: 'September 476' } })] })
  assert.doesNotMatch(r.mdx, /Originally displayed/)
  assert.ok(!r.warnings.some((w) => w.includes('display date')))
})

test('what cannot be carried is named in a warning, never dropped silently', async () => {
  const r = convert({
    scale: 'cosmological',
    events: [
      event({
        background: { color: '#000' },
        autolink: true,
        media: { url: 'https://e.org/a.png', thumbnail: 'https://e.org/t.png' },
        start_date: { year: 2022, month: 1, day: 1, hour: 1, minute: 2, second: 3, millisecond: 4 },
        colour: 'red',
      }),
    ],
  })
  const all = r.warnings.join('\n')
  for (const what of ['scale "cosmological"', 'background (#000)', 'autolink', 'thumbnail', 'millisecond 4', 'events[0].colour: not a TimelineJS field']) {
    assert.ok(all.includes(what), `no warning about ${what} in:\n${all}`)
  }
  await load(r.mdx)
})

test('the warnings are also written into the file, in an MDX comment', () => {
  const r = convert({ events: [event({ background: { color: '#000' } })] }, { sourceName: 'x.json' })
  assert.match(r.mdx, /\{\/\*\n {2}Imported from TimelineJS \(x\.json\)[\s\S]*- events\[0\] \("An event"\): background \(#000\) not carried[\s\S]*\*\/\}/)
})

test('HTML with MDX-significant characters compiles and reads back as the same text', async () => {
  const t = await load(convert({ events: [event({ text: { headline: 'Tags <b>&amp;</b> "quotes"', text: '<p>2 &lt; 3, {x}, a_b, *star*, <code>&lt;Event&gt;</code>, \\ and &amp;copy;</p>' } })] }).mdx)
  const e = t.events[0]!
  assert.equal(e.title, 'Tags & "quotes"')
  assert.equal(e.text, '2 < 3, {x}, a_b, *star*, <Event>, \\ and &copy;')
})

test('text that looks like Markdown or MDX syntax stays text', async () => {
  const t = await load(convert({ events: [event({ text: { text: '# not a heading<br>- not a list<br>export default 1<br>1. not ordered' } })] }).mdx)
  assert.equal(t.events[0]!.text, '# not a heading- not a listexport default 11. not ordered')
})

test('lists, quotes, headings and links in the text survive as Markdown that loads', async () => {
  const r = convert(await readJson('ides-and-after.json'))
  assert.match(r.mdx, /## Odoacer\n\nRomulus Augustulus is deposed\.\n\n- Ravenna\n- Rome\n {2}- the city\n\n1\. first\n2\. second/)
  assert.match(r.mdx, /> Et tu, Brute\?\\\n> — attributed/)
  const t = await load(r.mdx)
  assert.match(byTitle(t, 'The last western emperor is deposed').text, /Odoacer/)
})

test('bad input gives one located, readable error per problem', async () => {
  const r = importTimelineJs(await readJson('bad-dates.json'), OPTIONS)
  assert.equal(r.ok, false)
  if (!r.ok) {
    assert.deepEqual(r.errors, [
      'events[1].start_date.year: expected a number, found "MMXXII"',
      'events[2].start_date.month: expected a month from 1 to 12, found 13',
      'events[3].start_date.day: expected a day from 1 to 28 (February 2022 has 28 days), found 30',
      'events[4].start_date.day: a day needs a month',
      'events[5].start_date: required: every TimelineJS event has a start_date',
      'events[6].end_date: the end (2021) is before the start (2022-05)',
    ])
  }
})

test('input that is not a TimelineJS object is refused', () => {
  assert.deepEqual(importTimelineJs([1, 2], OPTIONS), { ok: false, errors: ['(top level): expected a TimelineJS object with an "events" list, found [1,2]'] })
  assert.deepEqual(importTimelineJs({ slides: [] }, OPTIONS), { ok: false, errors: ['events: required: the list of events'] })
})

test('errors in a sheet name its line and column', () => {
  const csv = parseCsv('Year,Month,Headline\n2022,14,Bad month\n')
  assert.ok(csv.ok)
  const sheet = sheetToTimelineJs(csv.rows)
  assert.ok(sheet.ok)
  const r = importTimelineJs(sheet.json, { ...OPTIONS, locate: sheet.locate })
  assert.deepEqual(r, { ok: false, errors: ['line 2, column "Month": expected a month from 1 to 12, found "14"'] })
})

test('a slug that is not a file name is refused', () => {
  const r = importTimelineJs({ events: [] }, { ...OPTIONS, slug: 'Not A Slug' })
  assert.equal(r.ok, false)
})

test('the slug defaults to the title, cut at a word', () => {
  const r = convert({ title: { text: { headline: 'Lavrov agrees to hear Blinken’s prisoner-swap proposal, and a great deal more besides' } }, events: [] })
  assert.equal(r.slug, 'lavrov-agrees-to-hear-blinkens-prisoner-swap-proposal-and-a')
})
