import { codeFrame } from '@/lib/content/code-frame'
import type { ContentError } from '@/lib/content/errors'

/**
 * Located content errors as a writer reads them: where (file:line:column), what
 * is wrong, the lines around it with the offending one marked and a caret under
 * the column, then what was found, what was expected and a hint. Plain markup
 * with no hooks, so the dev error page and the studio both use it.
 */
export function ContentErrorList({ errors, source }: { errors: ContentError[]; source?: string }) {
  return (
    <ol className="content-errors">
      {errors.map((e, i) => {
        const frame = source ? codeFrame(source, e.line, e.column) : null
        const width = String(frame?.lines[frame.lines.length - 1]?.number ?? 1).length
        return (
          <li key={`${e.file}:${e.line}:${e.column}:${i}`} className="content-error" data-content-error="">
            <p className="content-error-where">
              <code>
                {e.file}:{e.line}:{e.column}
              </code>
            </p>
            <p className="content-error-message">{e.message}</p>
            {frame ? (
              <pre className="content-error-frame" aria-label={`Line ${e.line} of ${e.file}, with the lines around it`}>
                {frame.lines.map((l) => (
                  <span key={l.number} className={l.marked ? 'content-error-line is-marked' : 'content-error-line'} {...(l.marked ? { 'data-marked-line': String(l.number) } : {})}>
                    <span aria-hidden="true">{l.marked ? '>' : ' '} </span>
                    <span className="content-error-lineno">{String(l.number).padStart(width)}</span>
                    <span aria-hidden="true"> | </span>
                    {l.text}
                    {'\n'}
                    {l.marked ? (
                      <span className="content-error-caret" aria-hidden="true">
                        {' '.repeat(width + 2)} | {l.text.slice(0, frame.column - 1).replace(/[^\t]/g, ' ')}^{'\n'}
                      </span>
                    ) : null}
                  </span>
                ))}
              </pre>
            ) : null}
            {e.found !== undefined || e.expected || e.hint ? (
              <dl className="content-error-details">
                {e.found !== undefined ? (
                  <div>
                    <dt>Found</dt>
                    <dd>
                      <code>{e.found}</code>
                    </dd>
                  </div>
                ) : null}
                {e.expected ? (
                  <div>
                    <dt>Expected</dt>
                    <dd>{e.expected}</dd>
                  </div>
                ) : null}
                {e.hint ? (
                  <div>
                    <dt>Hint</dt>
                    <dd>{e.hint}</dd>
                  </div>
                ) : null}
              </dl>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
