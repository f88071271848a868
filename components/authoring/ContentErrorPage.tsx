import type { ContentError } from '@/lib/content/errors'
import { ContentErrorList } from './ContentErrorList'

/**
 * What a story page shows in development when its file does not validate: the
 * errors of that file only, located and explained, never a stack trace. A
 * production build fails on the same errors instead (see the story page).
 */
export function ContentErrorPage({ file, errors, source }: { file: string; errors: ContentError[]; source?: string }) {
  return (
    <div className="mx-auto max-w-4xl px-5 py-10" role="alert" aria-labelledby="content-error-title">
      <p className="index-span">Development preview · not published</p>
      <h1 id="content-error-title" className="story-title">
        {errors.length === 1 ? 'This timeline has an error' : `This timeline has ${errors.length} errors`}
      </h1>
      <p className="story-summary">
        Fix <code>{file}</code> and save: this page updates by itself. <code>npm run check</code> prints the same list.
      </p>
      <ContentErrorList errors={errors} {...(source !== undefined ? { source } : {})} />
    </div>
  )
}
