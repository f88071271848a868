/**
 * The dates of synthetic stories as a writer types them: EDTF text in every form Dateline reads (days, months,
 * years, times with offsets, ranges, open and unknown ends, approximate and uncertain dates, seasons, BCE years).
 */
import { int, pick, weighted, type Rand } from './story-random'

/** One day, in ms. */
export const DAY = 86_400_000

const pad = (n: number, width: number) => (n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0'))

/** Calendar parts of a UTC instant (CE years only; BCE dates are written directly). */
function parts(t: number) {
  const d = new Date(t)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }
}
/** `YYYY-MM-DD` of a UTC instant. */
export const dayText = (t: number) => {
  const p = parts(t)
  return `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}`
}
const monthText = (t: number) => dayText(t).slice(0, 7)
const yearText = (t: number) => dayText(t).slice(0, 4)

const OFFSETS = ['Z', '+05:00', '-04:00', '+05:30', '+05:45', '-03:30', '+09:00', '+01:00', '']

/** The EDTF `date` and optional `end` attributes of an event at moment `t`. */
export function dateAttributes(rand: Rand, t: number): { date: string; end?: string } {
  const form = weighted(rand, {
    day: 40,
    dayApprox: 4,
    dayUncertain: 4,
    dayBoth: 1,
    month: 8,
    monthApprox: 2,
    year: 3,
    yearUncertain: 1,
    time: 9,
    dayRange: 9,
    dayRangeEndAttr: 3,
    monthRange: 3,
    yearRange: 2,
    openEnd: 3,
    openEndSlash: 1,
    unknownEnd: 1,
    openStart: 1,
    fuzzyRange: 2,
    unspecified: 1,
    season: 1,
  })
  const later = (days: number) => t + days * DAY
  switch (form) {
    case 'day':
      return { date: dayText(t) }
    case 'dayApprox':
      return { date: `${dayText(t)}~` }
    case 'dayUncertain':
      return { date: `${dayText(t)}?` }
    case 'dayBoth':
      return { date: `${dayText(t)}%` }
    case 'month':
      return { date: monthText(t) }
    case 'monthApprox':
      return { date: `${monthText(t)}~` }
    case 'year':
      return { date: yearText(t) }
    case 'yearUncertain':
      return { date: `${yearText(t)}?` }
    case 'time': {
      const h = int(rand, 0, 23)
      const min = pick(rand, [0, 0, 15, 30, 45, int(rand, 0, 59)])
      const sec = rand() < 0.1 ? int(rand, 1, 59) : 0
      return { date: `${dayText(t)}T${pad(h, 2)}:${pad(min, 2)}:${pad(sec, 2)}${pick(rand, OFFSETS)}` }
    }
    case 'dayRange':
      return { date: `${dayText(t)}/${dayText(later(int(rand, 1, 20)))}` }
    case 'dayRangeEndAttr':
      return { date: dayText(t), end: dayText(later(int(rand, 1, 60))) }
    case 'monthRange':
      return { date: `${monthText(t)}/${monthText(later(int(rand, 31, 400)))}` }
    case 'yearRange':
      return { date: `${yearText(t)}/${yearText(later(int(rand, 366, 3650)))}` }
    case 'openEnd':
      return { date: rand() < 0.5 ? monthText(t) : dayText(t), end: '..' }
    case 'openEndSlash':
      return { date: `${dayText(t)}/..` }
    case 'unknownEnd':
      return { date: `${monthText(t)}/` }
    case 'openStart':
      return { date: `../${dayText(t)}` }
    case 'fuzzyRange':
      return { date: `${dayText(t)}~/${dayText(later(int(rand, 2, 10)))}?` }
    case 'unspecified':
      return { date: rand() < 0.5 ? `${yearText(t).slice(0, 3)}X` : `${yearText(t)}-XX` }
    case 'season':
      return { date: `${yearText(t)}-${int(rand, 21, 24)}` }
  }
}

/** A few events long before the story (astronomical years ≤ 0: year 0 is 1 BCE). */
export function bceAttributes(rand: Rand): { date: string; end?: string } {
  const year = -int(rand, 0, 2500)
  const y = pad(year, 4)
  const m = int(rand, 1, 12)
  const d = int(rand, 1, 28)
  const form = weighted(rand, { year: 3, day: 2, approx: 2, range: 1 })
  if (form === 'year') return { date: y }
  if (form === 'day') return { date: `${y}-${pad(m, 2)}-${pad(d, 2)}` }
  if (form === 'approx') return { date: `${y}~` }
  return { date: `${y}/${pad(year + int(rand, 1, 40), 4)}` }
}
