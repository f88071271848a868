import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseMdx } from './parse'

/** The detail panel's paragraphs of the first event of a story written around `body`. */
function paragraphsOf(body: string) {
  const source = `---\ntitle: T\nsummary: S\npublished: 2022-07-29\nlanguage: en\n---\n\n<Event date="2022-07-29" title="E">\n${body}\n</Event>\n`
  const parsed = parseMdx(source, 'rich.mdx')
  assert.ok(parsed.ok, JSON.stringify(parsed))
  return parsed.value.collected.events[0]!.paragraphs
}

test('emphasis, strong text, code and links keep their marks, run by run', () => {
  assert.deepEqual(paragraphsOf('Reported by *The New York Times*, **first** in `print`, then [online](https://example.com/a).'), [
    [
      { text: 'Reported by ' },
      { text: 'The New York Times', em: true },
      { text: ', ' },
      { text: 'first', strong: true },
      { text: ' in ' },
      { text: 'print', code: true },
      { text: ', then ' },
      { text: 'online', href: 'https://example.com/a' },
      { text: '.' },
    ],
  ])
})

test('each paragraph and list item is a paragraph; quotes, sources and comments are not prose', () => {
  assert.deepEqual(
    paragraphsOf('One\nline.\n\n- Two\n- Three {/* note */}\n\n<Quote by="A">Words</Quote>\n\n<Source outlet="Reuters" />'),
    [[{ text: 'One line.' }], [{ text: 'Two' }], [{ text: 'Three' }]],
  )
})

test('a link to anything but the web, mail or this site keeps its words and loses its target', () => {
  assert.deepEqual(paragraphsOf('See [this](ftp://example.com/x) and [that](//evil.example/) and [here](#e).'), [
    [{ text: 'See this and that and ' }, { text: 'here', href: '#e' }, { text: '.' }],
  ])
})
