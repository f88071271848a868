import type { Publicness } from '@/lib/content/publicness'
import { DayTime } from './DayTime'

/** Shown only where unpublished stories are (next dev, /studio): why this story is not on the public site. */
export function PublicnessNote({ status, locale }: { status: Publicness; locale: string }) {
  if (status.state === 'public') return null
  return (
    <p className="publicness-note" role="note">
      {status.state === 'draft' ? (
        <>
          <strong>Draft</strong>: not on the public site until <code>draft: true</code> is removed.
        </>
      ) : (
        <>
          <strong>Embargoed</strong> until <DayTime day={status.until} locale={locale} />: a build after that moment publishes it.
        </>
      )}
    </p>
  )
}
