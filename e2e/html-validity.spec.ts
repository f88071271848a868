import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { formatError } from '../lib/content/errors'
import { vnuArgs, vnuErrors } from '../scripts/html-check'

/**
 * The Nu Html Checker, which browsers' forgiving parsers make the only honest judge of our markup, reports no error on every kind of page, as the production build
 * serves it: the index, a story, tag pages (one tag in Latin script, one in Cyrillic), the widget and the
 * docs. Every page must answer 200: a page that is missing is a failure, never a skipped check.
 * Java is Debian's (`java` on PATH, or JAVA); .ci/run installs it when it is absent.
 */
const PAGES = [
  '/',
  '/page/2',
  '/timelines/lavrov-blinken-prisoner-swap',
  '/tags/prisoners',
  `/tags/${encodeURIComponent('россия')}`,
  '/embed/lavrov-blinken-prisoner-swap',
  '/docs/authoring',
]

// One JVM checks every page at once; its start on a busy two-core machine takes most of the time.
test.setTimeout(120_000)

test('the Nu Html Checker finds no error on the index, a story, tag pages, the widget and the docs', async ({ request }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-vnu-'))
  try {
    const files = new Map<string, string>()
    for (const [i, page] of PAGES.entries()) {
      const response = await request.get(page)
      expect(response.status(), `${page} answers`).toBe(200)
      const file = path.join(dir, `page-${i}.html`)
      await writeFile(file, await response.body())
      files.set(file, decodeURIComponent(page))
    }
    const java = process.env.JAVA ?? 'java'
    const { stdout, stderr } = await promisify(execFile)(java, vnuArgs([...files.keys()]), { maxBuffer: 64 * 1024 * 1024 }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new Error(`${java} was not found: the Nu Html Checker needs Java (apt-get install default-jre-headless, or set JAVA)`) : error
    })
    const errors = vnuErrors(stderr || stdout, files)
    expect(errors.map(formatError).join('\n\n'), `${errors.length} vnu errors`).toBe('')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
