import assert from 'node:assert/strict'
import { test } from 'node:test'
import { htmlToInlineMarkdown, htmlToMarkdown, htmlToText } from './html-to-markdown'

const md = (html: string) => htmlToMarkdown(html).markdown

test('paragraphs become blocks separated by a blank line', () => {
  assert.equal(md('<p>One.</p>\n<p>Two.</p>'), 'One.\n\nTwo.')
})

test('text without tags is one paragraph with its whitespace collapsed', () => {
  assert.equal(md('  Some\n   plain   text. '), 'Some plain text.')
})

test('<br> becomes a hard line break, and two in a row start a new paragraph', () => {
  assert.equal(md('one<br>two'), 'one\\\ntwo')
  assert.equal(md('one<br><br>two'), 'one\n\ntwo')
})

test('links keep their address; unsafe schemes keep only the text', () => {
  assert.equal(md('See <a href="https://example.org/a b">the report</a>.'), 'See [the report](https://example.org/a%20b).')
  assert.equal(md('<a href="javascript:alert(1)">click</a>'), 'click')
})

test('strong and b become **, em and i become *, with spaces moved outside the marks', () => {
  assert.equal(md('<strong>bold</strong> <b>also</b> <em>it</em> <i>also</i>'), '**bold** **also** *it* *also*')
  assert.equal(md('a<b> spaced </b>b'), 'a **spaced** b')
  assert.equal(md('<b>bold<br></b>next'), '**bold**\\\nnext')
})

test('lists become Markdown lists, nested ones indented under their item', () => {
  assert.equal(md('<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>'), '- a\n- b\n  - c')
  assert.equal(md('<ol><li>first<li>second</ol>'), '1. first\n2. second')
})

test('blockquotes prefix every line with >', () => {
  assert.equal(md('<blockquote><p>One.</p><p>Two.</p></blockquote>'), '> One.\n>\n> Two.')
})

test('h1 to h6 become ATX headings', () => {
  assert.equal(md('<h1>Top</h1><h3>Third</h3>'), '# Top\n\n### Third')
})

test('named, decimal and hexadecimal entities are decoded; unknown names stay as written', () => {
  assert.equal(htmlToText('&amp; &eacute; &rsquo; &#8212; &#x2014; &nbsp;&bogus;'), '& é ’ — — \u00a0&bogus;')
})

test('braces and angle brackets are escaped so MDX reads them as text', () => {
  assert.equal(md('a {b} &lt;c&gt; d'), 'a \\{b\\} \\<c\\> d')
})

test('Markdown punctuation in text is escaped', () => {
  assert.equal(md('2*3 and snake_case and [x]'), '2\\*3 and snake\\_case and \\[x\\]')
})

test('text that would start a heading or a list is escaped at the start of each line', () => {
  assert.equal(md('# one<br>- two<br>3. three'), '\\# one\\\n\\- two\\\n3\\. three')
})

test('a line starting with import or export is not read by MDX as JavaScript', () => {
  assert.equal(md('export figures rose'), '&#101;xport figures rose')
})

test('other tags keep their text; script and iframe are dropped and reported', () => {
  const r = htmlToMarkdown('<span class="x">kept</span><script>alert(1)</script><iframe src="x"></iframe>')
  assert.equal(r.markdown, 'kept')
  assert.deepEqual(r.dropped.sort(), ['iframe', 'script'])
})

test('unclosed paragraphs end where the next block begins', () => {
  assert.equal(md('<p>one<p>two<ul><li>x</ul>'), 'one\n\ntwo\n\n- x')
})

test('images become Markdown images with their alt text', () => {
  assert.equal(md('<img src="https://e.org/a.png" alt="A map">'), '![A map](https://e.org/a.png)')
})

test('inline conversion keeps links and emphasis on one line', () => {
  assert.equal(htmlToInlineMarkdown('<p>By <a href="https://e.org">AP</a></p><p><em>2022</em></p>').markdown, 'By [AP](https://e.org) *2022*')
})

test('plain text drops tags, decodes entities and separates blocks with spaces', () => {
  assert.equal(htmlToText('<p>Caesar&rsquo;s <b>end</b></p><p>next</p>'), 'Caesar’s end next')
})

test('a link whose text is its address is still written [text](url): MDX reads <https://…> as a tag', () => {
  assert.equal(md('<a href="https://example.org">https://example.org</a>'), '[https://example.org](https://example.org)')
})

test('HTML is read as a browser reads it: a link opened inside a link closes the first', () => {
  assert.equal(md('<a href="https://a.org">outer <a href="https://b.org">inner</a></a>'), '[outer](https://a.org) [inner](https://b.org)')
})

test('captions keep a space between the items of a list', () => {
  assert.equal(htmlToInlineMarkdown('<ul><li>Ravenna</li><li>Rome<ul><li>the city</li></ul></li></ul>').markdown, 'Ravenna Rome the city')
})

test('attributes other than an address, a description and a first number are not carried', () => {
  assert.equal(md('<p style="color:red" onclick="x()">red</p><ol start="4" class="c"><li>four</li></ol>'), 'red\n\n4. four')
})
