'use client'

import { useEffect, useRef, useState, useTransition, type ReactNode } from 'react'
import type { ContentError } from '@/lib/content/errors'
import { ContentErrorList } from './ContentErrorList'

/** Long enough to let a writer finish a word, short enough to feel live. */
const DEBOUNCE_MS = 300

export interface StudioEditorProps {
  file: string
  initialSource: string
  initialErrors: ContentError[]
  initialPreview: ReactNode | null
  preview: (source: string, file: string) => Promise<{ errors: ContentError[]; preview: ReactNode | null }>
}

/**
 * The studio: MDX on the left with line numbers (error lines marked), the
 * rendered story on the right, the located errors under the editor. Each pause
 * in typing sends the draft to the server, which compiles it with the loader
 * the site uses; answers to older drafts are dropped.
 */
export function StudioEditor({ file, initialSource, initialErrors, initialPreview, preview }: StudioEditorProps) {
  const [source, setSource] = useState(initialSource)
  const [errors, setErrors] = useState(initialErrors)
  const [rendered, setRendered] = useState<ReactNode | null>(initialPreview)
  const [stale, setStale] = useState(false)
  const [pending, startTransition] = useTransition()
  const latest = useRef(0)
  const first = useRef(true)

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const request = ++latest.current
    const timer = setTimeout(() => {
      startTransition(async () => {
        const result = await preview(source, file)
        if (request !== latest.current) return
        setErrors(result.errors)
        if (result.preview) setRendered(result.preview)
        setStale(result.preview === null)
      })
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [source, file, preview])

  const lineCount = source.split('\n').length
  const errorLines = new Set(errors.map((e) => e.line))
  const status = pending ? 'Checking…' : errors.length === 0 ? 'No errors' : errors.length === 1 ? '1 error' : `${errors.length} errors`

  return (
    <div className="studio">
      <div>
        <label htmlFor="studio-source" className="section-heading block">
          MDX source <span className="font-normal normal-case tracking-normal">({file})</span>
        </label>
        <div className="studio-editor">
          <div className="studio-gutter" aria-hidden="true">
            {Array.from({ length: lineCount }, (_, i) => (
              <div key={i} className={errorLines.has(i + 1) ? 'is-error' : undefined}>
                {i + 1}
              </div>
            ))}
          </div>
          <textarea
            id="studio-source"
            className="studio-source"
            value={source}
            rows={lineCount}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            onChange={(e) => setSource(e.target.value)}
            aria-describedby="studio-status"
          />
        </div>
        <p id="studio-status" className="studio-status" role="status" aria-live="polite">
          {status}
          {stale && !pending ? ' · the preview shows the last version without errors' : ''}
        </p>
        <section aria-label="Errors">{errors.length ? <ContentErrorList errors={errors} source={source} /> : null}</section>
      </div>
      <div aria-label="Preview" role="region" className={stale ? 'opacity-60' : undefined}>
        {rendered ?? <p className="studio-status">The preview appears once the draft has no errors.</p>}
      </div>
    </div>
  )
}
