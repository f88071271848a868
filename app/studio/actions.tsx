'use server'

import type { ReactNode } from 'react'
import { StudioPreview } from '@/components/authoring/StudioPreview'
import type { ContentError } from '@/lib/content/errors'
import { loadTimelineSource } from '@/lib/content/load.server'
import { isSlug } from '@/lib/content/slug'

export interface StudioResult {
  errors: ContentError[]
  /** The rendered timeline and article, or null when the draft has errors (the editor keeps the last good one). */
  preview: ReactNode | null
}

/** Longest draft accepted: ten times the longest story so far, so a paste of a whole archive fails fast. */
const MAX_SOURCE = 2_000_000

/**
 * Compiles a draft with the same loader as published files and renders it with
 * the same components. Only the studio page (a `.dev.tsx` route) imports this
 * module, so a production build contains no reference to it; the check below
 * is a second lock should that ever change.
 */
export async function previewDraft(source: string, file: string): Promise<StudioResult> {
  if (process.env.NODE_ENV !== 'development') throw new Error('the studio is only available under next dev')
  if (typeof source !== 'string' || source.length > MAX_SOURCE) {
    return { errors: [{ file, line: 1, column: 1, message: `the draft is too long (${String(source?.length)} characters; at most ${MAX_SOURCE})` }], preview: null }
  }
  const name = (file.split('/').pop() ?? '').replace(/\.mdx$/, '')
  const slug = isSlug(name) ? name : 'draft'
  const result = await loadTimelineSource(source, file, slug)
  if (!result.ok) return { errors: result.errors, preview: null }
  return { errors: [], preview: <StudioPreview timeline={result.timeline} /> }
}
