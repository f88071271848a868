import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { formatError } from './errors'
import { keptTimeline, listSlugs, loadTimelineFile, resolveContentDir } from './load.server'
import { parseMdx } from './parse'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', `${name}.mdx`)

async function load(name: string) {
  const r = await loadTimelineFile(fixture(name))
  if (!r.ok) assert.fail(`expected ${name} to load:\n${r.errors.map(formatError).join('\n')}`)
  return r.timeline
}

async function errorsOf(name: string) {
  const r = await loadTimelineFile(fixture(name))
  assert.equal(r.ok, false, `expected ${name} to fail`)
  return r.ok ? [] : r.errors
}

test('a valid file loads every event and quote', async () => {
  const t = await load('every-date-form')
  assert.equal(t.events.length, 12)
  assert.equal(t.quotes.length, 2)
  assert.equal(t.slug, 'every-date-form')
  assert.equal(t.meta.language, 'en')
})

test('events come out in time order, BCE first', async () => {
  const t = await load('every-date-form')
  assert.equal(t.events[0]!.id, 'ides-of-march')
  for (let i = 1; i < t.events.length; i++) assert.ok(t.events[i - 1]!.span.min <= t.events[i]!.span.min, `${t.events[i - 1]!.id} before ${t.events[i]!.id}`)
})

test('ids default to a slug of date and title', async () => {
  const t = await load('every-date-form')
  const ids = t.events.map((e) => e.id)
  assert.ok(ids.includes('2022-02-24-exact-day'))
  assert.ok(ids.includes('2021-06-16-2021-06-17-two-day-interval'))
  assert.ok(ids.includes('2022-07-29t10-00-00-05-00-with-a-time-and-offset'))
})

test('a quote inside an event belongs to it; one outside keeps its own date', async () => {
  const t = await load('every-date-form')
  const ides = t.events.find((e) => e.id === 'ides-of-march')!
  assert.deepEqual(ides.quoteIds, ['ides-of-march-q1'])
  const inside = t.quotes.find((q) => q.id === 'ides-of-march-q1')!
  assert.equal(inside.eventId, 'ides-of-march')
  assert.equal(inside.lang, 'la')
  assert.equal(inside.text, 'Et tu, Brute?')
  const outside = t.quotes.find((q) => q.eventId === undefined)!
  assert.equal(outside.dated, true)
  assert.equal(outside.span.edtf, '2022-03-01')
})

test('a quote with its original words keeps them in their language beside the translation', async () => {
  const r = await loadTimelineFile(path.join(import.meta.dirname, 'fixtures', 'translations', 'summit.mdx'))
  if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
  const [quote] = r.timeline.quotes
  assert.equal(quote!.text, 'We will listen to what they have to say.')
  assert.equal(quote!.original, 'Мы выслушаем, что они скажут.')
  assert.equal(quote!.lang, 'ru')
})

test('translationOf is read with where it is written', async () => {
  const r = await loadTimelineFile(path.join(import.meta.dirname, 'fixtures', 'translations', 'summit-es.mdx'))
  if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
  assert.equal(r.timeline.meta.translationOf, 'summit')
  assert.deepEqual(r.timeline.translationOfAt, { line: 6, column: 1 })
})

test('tags, place and importance are read from props', async () => {
  const t = await load('every-date-form')
  const ides = t.events.find((e) => e.id === 'ides-of-march')!
  assert.deepEqual(ides.tags, ['rome', 'bce'])
  assert.equal(ides.importance, 1)
  const timed = t.events.find((e) => e.title === 'With a time and offset')!
  assert.equal(timed.place, 'Tashkent')
  assert.equal(timed.importance, 2)
})

test('date plus end makes an interval', async () => {
  const t = await load('every-date-form')
  const e = t.events.find((x) => x.title === 'Date plus end')!
  assert.equal(e.span.interval, true)
  assert.equal(e.span.min, Date.UTC(2022, 0, 10))
  assert.equal(e.span.max, Date.UTC(2022, 0, 13) - 1)
})

// The wording and place of each message are pinned one fixture per check in checks.test.ts; this holds that one file reports them all.
test('every error of a file is reported at once, in file order', async () => {
  const errors = await errorsOf('many-errors')
  assert.ok(errors.every((e) => e.file === path.relative(process.cwd(), fixture('many-errors'))))
  assert.deepEqual(
    errors.map((e) => [e.line, e.column, e.message]),
    [
      [5, 1, 'unknown frontmatter key `titel`'],
      [8, 22, 'invalid `date`: "2022-02-30" is not a valid EDTF date'],
      [10, 1, '<Event> is missing `title`'],
      [10, 26, 'unknown prop `titel` on <Event>'],
      [12, 1, '<Event> is missing `date`'],
      [14, 31, 'end (2022-03-01) is before date (2022-04-01)'],
      [18, 46, 'duplicate id "same"'],
      [20, 1, 'a <Quote> outside an <Event> needs its own `date`'],
      [22, 1, 'unknown component <Evnt>'],
      [24, 61, 'invalid `importance` on <Event>'],
    ],
  )
})

test('an unknown component suggests <Event>', async () => {
  const errors = await errorsOf('many-errors')
  const e = errors.find((x) => x.line === 22)!
  assert.equal(e.message, 'unknown component <Evnt>')
  assert.equal(e.hint, 'did you mean <Event>?')
})

test('an out-of-range importance says what is expected', async () => {
  const errors = await errorsOf('many-errors')
  const e = errors.find((x) => x.prop === 'importance')!
  assert.equal(e.line, 24)
  assert.equal(e.found, '"5"')
  assert.match(e.expected ?? '', /1 \(major\), 2 or 3/)
})

test('an unknown frontmatter key is located on its line', async () => {
  const errors = await errorsOf('many-errors')
  const e = errors.find((x) => x.prop === 'titel' && x.line === 5)!
  assert.equal(e.message, 'unknown frontmatter key `titel`')
  assert.equal(e.hint, 'did you mean `title`?')
})

test('frontmatter type errors name the key, what was found and what is expected', async () => {
  const errors = await errorsOf('bad-frontmatter')
  const byProp = new Map(errors.map((e) => [e.prop, e]))
  assert.equal(byProp.get('title')?.line, 2)
  assert.equal(byProp.get('summary')?.line, 3)
  assert.match(byProp.get('summary')?.expected ?? '', /280/)
  assert.equal(byProp.get('published')?.line, 4)
  assert.equal(byProp.get('published')?.found, '"29 July 2022"')
  assert.equal(byProp.get('language')?.line, 5)
})

test('an unclosed event is a located MDX syntax error', async () => {
  const [e, ...rest] = await errorsOf('unclosed')
  assert.equal(rest.length, 0)
  assert.equal(e!.line, 9)
  assert.equal(e!.column, 1)
  assert.match(e!.message, /closing tag/)
})

test('formatError prints file:line:column then found, expected and hint', () => {
  const text = formatError({ file: 'a.mdx', line: 3, column: 7, message: 'bad', found: '"x"', expected: 'y', hint: 'z' })
  assert.equal(text, 'a.mdx:3:7  bad\n    found:    "x"\n    expected: y\n    hint:     z')
})

test('only files named like slugs are timelines', async () => {
  const slugs = await listSlugs(path.join(import.meta.dirname, 'fixtures'))
  assert.deepEqual(slugs, ['bad-frontmatter', 'every-date-form', 'many-errors', 'unclosed', 'with-image'])
})

test('the content folder is content/timelines unless DATELINE_CONTENT_DIR names another', () => {
  assert.equal(resolveContentDir(undefined, '/site'), path.join('/site', 'content', 'timelines'))
  assert.equal(resolveContentDir('  ', '/site'), path.join('/site', 'content', 'timelines'))
  assert.equal(resolveContentDir('bench/out/content', '/site'), path.join('/site', 'bench', 'out', 'content'))
  assert.equal(resolveContentDir('/tmp/stories', '/site'), '/tmp/stories')
})

test('a kept timeline is compiled once per version of its file, and a slug with no file is never kept', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-kept-'))
  try {
    const file = path.join(dir, 'every-date-form.mdx')
    copyFileSync(fixture('every-date-form'), file)
    const first = await keptTimeline('every-date-form', dir)
    const again = await keptTimeline('every-date-form', dir)
    assert.ok(first)
    assert.equal(again?.timeline, first.timeline)
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    const edited = await keptTimeline('every-date-form', dir)
    assert.notEqual(edited?.timeline, first.timeline)
    assert.notEqual(edited?.version, first.version)
    assert.equal(await keptTimeline('no-such-story', dir), null)
    assert.equal(await keptTimeline('../every-date-form', dir), null)
    rmSync(file)
    assert.equal(await keptTimeline('every-date-form', dir), null)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a YAML error points at the line and column where the YAML goes wrong', () => {
  const r = parseMdx('---\ntitle: y\nsummary: x: y\n---\n', 'f.mdx')
  assert.equal(r.ok, false)
  assert.deepEqual(r.ok ? null : [r.errors[0]!.line, r.errors[0]!.column], [3, 11])
})

test('a prop whose value stands on the next line is located on that line', () => {
  const r = parseMdx('<Event\n  date =\n    "2022-02-30"\n  title="x" />\n', 'f.mdx')
  assert.ok(r.ok)
  const date = r.ok ? r.value.collected.events[0]!.props.find((p) => p.name === 'date')! : undefined
  assert.deepEqual([date?.valueLine, date?.valueColumn], [3, 6])
})
