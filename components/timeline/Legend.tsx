import type { Messages } from '@/lib/i18n/messages/en'

/** Explains every kind of mark the timeline draws, in plain words (the story's). */
export function Legend({ t }: { t: Messages['timeline'] }) {
  const item = 'inline-flex items-center gap-1.5'
  return (
    <ul className="tl-legend flex flex-wrap gap-x-5 gap-y-1.5 text-[0.8rem] text-[var(--muted)]" aria-label={t.legend}>
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" className="tl-legend-point" /></svg>
        {t.legendDay}
      </li>
      <li className={item}>
        <svg width="30" height="10" aria-hidden="true"><rect x="1" y="1" width="28" height="8" rx="4" className="tl-legend-bar" /></svg>
        {t.legendPeriod}
      </li>
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" className="tl-legend-point tl-legend-fuzzy" /></svg>
        <span>
          <abbr title={t.legendCircaTitle}>{t.legendCirca}</abbr> {t.legendApproximate} · <span aria-hidden="true">?</span> {t.legendUncertain}
        </span>
      </li>
      <li className={item}>
        <svg width="30" height="10" aria-hidden="true">
          <defs>
            <linearGradient id="tl-legend-open" x1="0" x2="1"><stop offset="0.4" className="tl-stop" /><stop offset="1" className="tl-stop" stopOpacity="0" /></linearGradient>
          </defs>
          <rect x="1" y="1" width="28" height="8" rx="4" style={{ fill: 'url(#tl-legend-open)' }} />
        </svg>
        {t.legendOngoing}
      </li>
      <li className={item}>
        <svg width="30" height="12" aria-hidden="true"><path d="M1,6 l5,-4 l5,8 l5,-8 l5,8 l5,-4" className="tl-legend-break" /></svg>
        {t.legendGap}
      </li>
      <li className={item}>
        <span aria-hidden="true" className="font-semibold text-[var(--accent)]">❝</span> {t.legendQuotes}
      </li>
    </ul>
  )
}
