import type { Nodes, Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { visitParents } from 'unist-util-visit-parents'
import type { RawProblem } from './collect'

/*
 * A story is text written by people with access to the repository, and it is compiled on the build server:
 * in MDX, `{…}` is JavaScript (https://mdxjs.com/docs/what-is-mdx/#expressions) and would run there, with the
 * server's environment and file system, and `import`/`export` would load or define code. So every piece of MDX
 * that is code is refused here, on the syntax tree, before anything is bundled or evaluated. The one exception
 * is the MDX comment `{/* … *\/}`, which compiles to nothing.
 */

/** Reported for `import`/`export` lines. */
const ESM_MESSAGE = '`import` and `export` are not allowed in a story'
/** Reported for `{…}` in the prose, inline or on a line of its own. */
const EXPRESSION_MESSAGE = 'a JavaScript expression `{…}` is not allowed in a story'
const NO_CODE = 'a story cannot run code'

/**
 * HTML elements that run or load code, or change how the page and its links load, when the server renders
 * them into the page: React writes `<script>` out as it is, and a browser runs it.
 */
const ACTIVE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'portal'])

// Only whitespace and block comments: the text of an expression that JavaScript reads as no code at all.
// A comment body may hold anything but its own end, `*/`.
const ONLY_COMMENTS = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+$/

/** True for the body of an MDX comment, `{/* … *\/}`: one or more block comments and nothing else. */
export function isComment(expression: string): boolean {
  return ONLY_COMMENTS.test(expression)
}

/** The first line of what was written, short enough for a message. */
function excerpt(text: string): string {
  const line = text.split(/\r?\n/)[0]!
  const more = line !== text || line.length > 80
  return more ? `${line.slice(0, 79)}…` : line
}

type Point = { line: number; column: number }
const startOf = (node: { position?: { start: Point } | undefined } | undefined, fallback: Point): Point =>
  node?.position?.start ? { line: node.position.start.line, column: node.position.start.column } : fallback

function elementProblems(el: MdxJsxFlowElement | MdxJsxTextElement): RawProblem[] {
  const at = startOf(el, { line: 1, column: 1 })
  const problems: RawProblem[] = []
  const name = el.name ?? ''
  if (/[.]/.test(name)) {
    // `<globalThis.process>` compiles to a property read on a JavaScript value, not to an element.
    problems.push({ ...at, message: `\`<${name}>\` names a JavaScript value, not an element`, found: `<${name}>`, expected: '<Event>, <Quote> or an HTML element', hint: NO_CODE })
  } else if (ACTIVE_ELEMENTS.has(name.toLowerCase())) {
    problems.push({
      ...at,
      message: `<${name}> is not allowed in a story`,
      found: `<${name}>`,
      expected: 'Markdown, <Event>, <Quote> and plain HTML such as <a>, <abbr> or <sub>',
      hint: 'a story cannot run or embed code; link to the page instead',
    })
  }
  for (const attr of el.attributes) {
    const where = startOf(attr, at)
    if (attr.type === 'mdxJsxExpressionAttribute') {
      problems.push({ ...where, message: `<${name}> does not take spread props`, prop: '{…}', found: excerpt(`{${attr.value}}`), expected: 'props written name="value"', hint: NO_CODE })
    } else if (attr.value !== null && typeof attr.value === 'object') {
      problems.push({
        ...where,
        message: `\`${attr.name}\` must be a quoted string`,
        prop: attr.name,
        found: excerpt(`${attr.name}={${attr.value.value}}`),
        expected: `${attr.name}="…"`,
        hint: `${NO_CODE}: braces in a prop are JavaScript; inside quotes they are plain characters`,
      })
    }
  }
  return problems
}

/**
 * What in one node of an MDX tree is code, located: `import`/`export`, a `{…}` expression that is not only a
 * comment, an expression or spread prop, a JSX name that reads a JavaScript value, an element that runs code.
 * Children are not looked at; walk the tree to see them all.
 */
export function codeProblems(node: Nodes): RawProblem[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ ...startOf(node, { line: 1, column: 1 }), message: ESM_MESSAGE, found: excerpt(node.value), expected: 'Markdown, <Event> and <Quote>; a story cannot load code or other files' }]
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(node.value)) return []
      return [
        {
          ...startOf(node, { line: 1, column: 1 }),
          message: EXPRESSION_MESSAGE,
          found: excerpt(`{${node.value}}`),
          expected: `text; ${NO_CODE}`,
          hint: 'write \\{ for a literal brace, or {/* … */} for a comment',
        },
      ]
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node)
    default:
      return []
  }
}

/**
 * Defence in depth for the compiler: the loader refuses code before bundling (see compileMdx), and this plugin,
 * first in mdx-bundler's remark plugins, fails the compilation if any reaches it all the same, so nothing a story
 * holds can become part of the code that renders it.
 */
export function remarkNoCode() {
  return (tree: Root, file: VFile) => {
    visitParents(tree, (node) => {
      const [problem] = codeProblems(node as Nodes)
      if (problem) file.fail(problem.message, { place: { line: problem.line, column: problem.column } })
    })
  }
}
