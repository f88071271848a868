/** Explains every kind of mark the timeline draws, in plain words. */
export function Legend() {
  const item = 'inline-flex items-center gap-1.5'
  return (
    <ul className="tl-legend flex flex-wrap gap-x-5 gap-y-1.5 text-[0.8rem] text-[var(--muted)]" aria-label="Legend">
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" className="tl-legend-point" /></svg>
        Exact day
      </li>
      <li className={item}>
        <svg width="30" height="10" aria-hidden="true"><rect x="1" y="1" width="28" height="8" rx="4" className="tl-legend-bar" /></svg>
        Month, year or period
      </li>
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" className="tl-legend-point tl-legend-fuzzy" /></svg>
        <span><abbr title="circa">c.</abbr> approximate · <span aria-hidden="true">?</span> uncertain</span>
      </li>
      <li className={item}>
        <svg width="30" height="10" aria-hidden="true">
          <defs>
            <linearGradient id="tl-legend-open" x1="0" x2="1"><stop offset="0.4" className="tl-stop" /><stop offset="1" className="tl-stop" stopOpacity="0" /></linearGradient>
          </defs>
          <rect x="1" y="1" width="28" height="8" rx="4" style={{ fill: 'url(#tl-legend-open)' }} />
        </svg>
        Still going on
      </li>
      <li className={item}>
        <svg width="30" height="12" aria-hidden="true"><path d="M1,6 l5,-4 l5,8 l5,-8 l5,8 l5,-4" className="tl-legend-break" /></svg>
        Gap in time
      </li>
      <li className={item}>
        <span aria-hidden="true" className="font-semibold text-[var(--accent)]">❝</span> Quotes
      </li>
    </ul>
  )
}
