import type { Publicness } from '@/lib/content/publicness'
import { DayTime } from './DayTime'
import type { Messages } from '@/lib/i18n/messages/en'

/** Shown only where unpublished stories are (next dev, /studio): why this story is not on the public site. */
export function PublicnessNote({ status, locale, t }: { status: Publicness; locale: string; t: Messages['story'] }) {
  if (status.state === 'public') return null
  // The code sits inside the sentence wherever the language puts `{code}`.
  const [before = '', after = ''] = t.draftNote.split('{code}')
  return (
    <p className="publicness-note" role="note">
      {status.state === 'draft' ? (
        <>
          <strong>{t.draft}</strong>: {before} <code>draft: true</code> {after}
        </>
      ) : (
        <>
          <strong>{t.embargoed}</strong> {t.embargoedUntil} <DayTime day={status.until} locale={locale} />: {t.embargoNote}
        </>
      )}
    </p>
  )
}
