import { test } from 'node:test'
import assert from 'node:assert/strict'
import { datetimeAttribute, formatCovered as covered, formatInstant, formatShortLabel, formatSpan } from './format'
import { parseDate } from './parse'
import type { Instant, TimeSpan } from './types'

function span(text: string): TimeSpan {
  const r = parseDate(text)
  if (!r.ok) assert.fail(`expected ${JSON.stringify(text)} to parse: ${r.error.message}`)
  return r.value
}

function instant(text: string): Instant {
  const s = span(text)
  if (s.start.kind !== 'date') assert.fail(`${text} has no start date`)
  return s.start.date
}

/** ICU puts thin and narrow no-break spaces in ranges and before AM/PM; compare them as plain spaces. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, ' ')
}

const long = (text: string, locale?: string) => plain(formatSpan(span(text), locale))
const short = (text: string, locale?: string) => plain(formatShortLabel(span(text), locale))

// Precision

test('a year reads as the year', () => {
  assert.equal(formatInstant(instant('2022')), '2022')
})

test('a month reads as month and year', () => {
  assert.equal(formatInstant(instant('2022-02')), 'February 2022')
})

test('a day reads in the locale’s own order (en: month first)', () => {
  assert.equal(formatInstant(instant('2022-02-24')), 'February 24, 2022')
})

test('a day in en-GB reads day first', () => {
  assert.equal(formatInstant(instant('2022-02-24'), 'en-GB'), '24 February 2022')
})

test('month names come from the locale', () => {
  assert.equal(formatInstant(instant('2022-02-24'), 'fr'), '24 février 2022')
})

// Times in the written offset

test('a time is shown on the wall clock of its written offset, labelled with it', () => {
  assert.equal(plain(formatInstant(instant('2022-07-29T10:00:00+05:00'))), 'July 29, 2022 at 10:00 AM UTC+5')
})

test('a late-evening time west of UTC stays on its written date', () => {
  assert.equal(plain(formatInstant(instant('2022-07-29T23:30:00-05:00'))), 'July 29, 2022 at 11:30 PM UTC-5')
})

test('a half-hour offset is labelled with its minutes', () => {
  assert.match(formatInstant(instant('2022-07-29T10:00:00+05:30')), /10:00.*UTC\+5:30$/)
})

test('a Z time is labelled UTC', () => {
  assert.match(formatInstant(instant('2022-07-29T10:00:00Z')), /10:00.* UTC$/)
})

test('a time without offset is floating: shown as written, no zone label', () => {
  assert.equal(plain(formatInstant(instant('2022-07-29T10:00:00'))), 'July 29, 2022 at 10:00 AM')
})

test('seconds are shown only when they are not zero', () => {
  assert.match(plain(formatInstant(instant('2022-07-29T10:00:30Z'))), /10:00:30 AM UTC$/)
})

// BCE and early CE

test('astronomical year 0000 formats as 1 BC', () => {
  assert.equal(formatInstant(instant('0000')), '1 BC')
})

test('-0043-03-15 formats as March 15, 44 BC (the Ides of March)', () => {
  assert.equal(formatInstant(instant('-0043-03-15')), 'March 15, 44 BC')
})

test('-0043 formats as 44 BC', () => {
  assert.equal(formatInstant(instant('-0043')), '44 BC')
})

test('years 1–999 CE are not mistaken for the 1900s', () => {
  assert.equal(formatInstant(instant('0044-03-15')), 'March 15, 44')
  assert.equal(formatInstant(instant('0999')), '999')
})

test('BCE eras follow the locale', () => {
  assert.equal(formatInstant(instant('-0043-03-15'), 'fr'), '15 mars 44 av. J.-C.')
})

// Qualifiers and unspecified digits

test('an approximate date reads "c. …"', () => {
  assert.equal(formatInstant(instant('2022-02~')), 'c. February 2022')
})

test('an uncertain date reads "…?"', () => {
  assert.equal(formatInstant(instant('2021?')), '2021?')
})

test('an approximate and uncertain date reads "c. …?"', () => {
  assert.equal(formatInstant(instant('2022-07-29%')), 'c. July 29, 2022?')
})

test('an unspecified month (2022-XX) reads as just the year', () => {
  assert.equal(formatInstant(instant('2022-XX')), '2022')
})

test('an unspecified day (2022-02-XX) reads as the month', () => {
  assert.equal(formatInstant(instant('2022-02-XX')), 'February 2022')
})

test('unspecified year digits (201X) read as the range of years', () => {
  assert.equal(plain(formatInstant(instant('201X'))), '2010 – 2019')
})

test('a season reads as its range of months', () => {
  assert.equal(plain(formatInstant(instant('2022-21'))), 'January – March 2022')
})

// Spans

test('a single-date span formats like its instant', () => {
  assert.equal(formatSpan(span('2022-02-24')), formatInstant(instant('2022-02-24')))
})

test('a two-day interval reads as one Intl range', () => {
  assert.equal(long('2021-06-16/2021-06-17'), 'June 16 – 17, 2021')
})

test('an interval across months shares the year', () => {
  assert.equal(long('2021-06-16/2021-07-17'), 'June 16 – July 17, 2021')
})

test('an interval with different precisions joins both ends with an en dash', () => {
  assert.equal(long('2021/2022-03'), '2021 – March 2022')
})

test('an interval with qualified ends keeps each end’s qualifier', () => {
  assert.equal(long('2022~/2023?'), 'c. 2022 – 2023?')
})

test('a time interval in one offset shares the date and the offset label', () => {
  assert.equal(
    long('2022-07-29T10:00:00+05:00/2022-07-29T12:00:00+05:00'),
    'July 29, 2022, 10:00 AM – 12:00 PM UTC+5',
  )
})

test('an interval across the era boundary labels both eras', () => {
  assert.equal(long('-0043/0010'), '44 BC – 10 AD')
})

test('an open end reads "from … (ongoing)"', () => {
  assert.equal(long('2022-02-17/..'), 'from February 17, 2022 (ongoing)')
})

test('an open start reads "until …"', () => {
  assert.equal(long('../2022'), 'until 2022')
})

test('an unknown end reads "from … (end unknown)"', () => {
  assert.equal(long('2022-02/'), 'from February 2022 (end unknown)')
})

test('an unknown start reads "until … (start unknown)"', () => {
  assert.equal(long('/2022'), 'until 2022 (start unknown)')
})

// Short labels

test('a short label abbreviates the month of a day', () => {
  assert.equal(short('2022-02-24'), 'Feb 24, 2022')
})

test('a short label abbreviates the month of a month', () => {
  assert.equal(short('2022-02'), 'Feb 2022')
})

test('a short label for a year is the year', () => {
  assert.equal(short('2022'), '2022')
})

test('a short label keeps qualifiers', () => {
  assert.equal(short('2022-02~'), 'c. Feb 2022')
  assert.equal(short('2022-02-24?'), 'Feb 24, 2022?')
})

test('a short label for a BCE day has an era', () => {
  assert.equal(short('-0043-03-15'), 'Mar 15, 44 BC')
})

test('a short label for an open interval reads "from …"', () => {
  assert.equal(short('2022-02-17/..'), 'from Feb 17, 2022')
})

// <time datetime>

test('datetime for a day, month and year is the ISO date at that precision', () => {
  assert.equal(datetimeAttribute(span('2022-02-24')), '2022-02-24')
  assert.equal(datetimeAttribute(span('2022-02')), '2022-02')
  assert.equal(datetimeAttribute(span('2022')), '2022')
})

test('datetime for a time keeps the written offset', () => {
  assert.equal(datetimeAttribute(span('2022-07-29T10:00:00+05:00')), '2022-07-29T10:00:00+05:00')
  assert.equal(datetimeAttribute(span('2022-07-29T10:00:00-03:30')), '2022-07-29T10:00:00-03:30')
  assert.equal(datetimeAttribute(span('2022-07-29T10:00:00Z')), '2022-07-29T10:00:00Z')
})

test('datetime for a floating time has no zone', () => {
  assert.equal(datetimeAttribute(span('2022-07-29T10:00:00')), '2022-07-29T10:00:00')
})

test('datetime ignores qualifiers and shows only known digits', () => {
  assert.equal(datetimeAttribute(span('2022-02~')), '2022-02')
  assert.equal(datetimeAttribute(span('2022-XX')), '2022')
  assert.equal(datetimeAttribute(span('201X')), undefined)
})

test('datetime for an interval is its start (HTML has no range syntax)', () => {
  assert.equal(datetimeAttribute(span('2021-06-16/2021-06-17')), '2021-06-16')
  assert.equal(datetimeAttribute(span('2022-02-17/..')), '2022-02-17')
})

test('datetime for an interval without a known start is its end', () => {
  assert.equal(datetimeAttribute(span('/2022')), '2022')
  assert.equal(datetimeAttribute(span('../2022-03')), '2022-03')
})

test('datetime pads early CE years to four digits', () => {
  assert.equal(datetimeAttribute(span('0044-03-15')), '0044-03-15')
})

test('datetime is undefined for years HTML cannot express (≤ 0 or > 9999)', () => {
  assert.equal(datetimeAttribute(span('-0043-03-15')), undefined)
  assert.equal(datetimeAttribute(span('0000')), undefined)
  assert.equal(datetimeAttribute(span('Y20000')), undefined)
})

test('datetime for a season is its year', () => {
  assert.equal(datetimeAttribute(span('2022-21')), '2022')
})

test('formatCovered runs from the earliest start to the latest end, whatever the events are', () => {
  // The first event an interval ending on the last one's day: one range, not three dates.
  const formatCovered = (...args: Parameters<typeof covered>) => plain(covered(...args))
  assert.equal(formatCovered([span('2018-12-28/2024-08-01'), span('2022-12-08'), span('2024-08-01')]), 'Dec 28, 2018 – Aug 1, 2024')
  // The latest end need not be the last event to start.
  assert.equal(formatCovered([span('2023-03-29/2024-08-01'), span('2023-06-02~'), span('2024-07-19')]), 'Mar 29, 2023 – Aug 1, 2024')
  assert.equal(formatCovered([span('2022-07-29'), span('2022-07-29')]), 'Jul 29, 2022')
  assert.equal(formatCovered([span('2022-02-17/..'), span('2021-06-16')]), 'Jun 16, 2021 – Feb 17, 2022')
  assert.equal(formatCovered([span('../2022')]), '2022')
  assert.equal(formatCovered([span('2021-06-16'), span('2022-07-29')], 'en', 'long', (a, b) => `${a} to ${b}`), 'June 16, 2021 to July 29, 2022')
  assert.equal(formatCovered([]), '')
  // An end that is itself a stretch (a decade, a season) reads as the year it begins or ends in.
  assert.equal(formatCovered([span('195X'), span('1959')]), '1950 – 1959')
  assert.equal(formatCovered([span('1948'), span('195X')]), '1948 – 1959')
  assert.equal(formatCovered([span('195X')]), '1950 – 1959')
})

// The words around dates in each language (lib/i18n/messages): every EDTF form, long and short.

/** Each EDTF form with its long and short reading in Spanish, Russian and Arabic. */
const IN_LANGUAGES: Record<string, [edtf: string, long: string, short: string][]> = {
  es: [
    ['2022-02-24', '24 de febrero de 2022', '24 feb 2022'],
    ['2022-02-24~', 'h. el 24 de febrero de 2022', 'h. el 24 feb 2022'],
    ['2022-02?', 'febrero de 2022?', 'feb 2022?'],
    ['2022%', 'h. 2022?', 'h. 2022?'],
    ['201X', '2010–2019', '2010–2019'],
    ['2022-21', 'enero–marzo de 2022', 'ene–mar 2022'],
    ['2021-06-16/2021-06-17', '16–17 de junio de 2021', '16–17 jun 2021'],
    ['2021-06~/2022-01', 'h. junio de 2021 – enero de 2022', 'h. jun 2021 – ene 2022'],
    ['2022-02-17/..', 'desde el 17 de febrero de 2022 (en curso)', 'desde el 17 feb 2022'],
    ['2022-02/', 'desde febrero de 2022 (fin desconocido)', 'desde feb 2022'],
    ['../2022', 'hasta 2022', 'hasta 2022'],
    ['/2022', 'hasta 2022 (inicio desconocido)', 'hasta 2022'],
    ['-0043', '44 a. C.', '44 a. C.'],
  ],
  ru: [
    ['2022-02-24', '24 февраля 2022 г.', '24 февр. 2022 г.'],
    ['2022-02-24~', 'ок. 24 февраля 2022 г.', 'ок. 24 февр. 2022 г.'],
    ['2022-02?', 'февраль 2022 г.?', 'февр. 2022 г.?'],
    ['2022%', 'прибл. 2022?', 'прибл. 2022?'],
    ['201X', '2010–2019', '2010–2019'],
    ['2022-21', 'январь 2022 г. – март 2022 г.', 'янв. 2022 г. – март 2022 г.'],
    ['2021-06-16/2021-06-17', '16–17 июня 2021 г.', '16–17 июн. 2021 г.'],
    ['2021-06~/2022-01', 'прибл. июнь 2021 г. – январь 2022 г.', 'прибл. июнь 2021 г. – янв. 2022 г.'],
    ['2022-02-17/..', 'с 17 февраля 2022 г. (продолжается)', 'с 17 февр. 2022 г.'],
    ['2022-02/', 'февраль 2022 г. и далее (конец неизвестен)', 'февр. 2022 г. и далее'],
    ['../2022', '2022 и ранее', '2022 и ранее'],
    ['/2022', '2022 и ранее (начало неизвестно)', '2022 и ранее'],
    ['-0043', '44 г. до н. э.', '44 г. до н. э.'],
  ],
  ar: [
    ['2022-02-24', '24 فبراير 2022', '24 فبراير 2022'],
    ['2022-02-24~', 'نحو 24 فبراير 2022', 'نحو 24 فبراير 2022'],
    ['2022-02?', 'فبراير 2022؟', 'فبراير 2022؟'],
    ['2022%', 'نحو 2022؟', 'نحو 2022؟'],
    ['201X', '2010–2019', '2010–2019'],
    ['2022-21', 'يناير – مارس 2022', 'يناير – مارس 2022'],
    ['2021-06-16/2021-06-17', '16–17 يونيو 2021', '16–17 يونيو 2021'],
    ['2021-06~/2022-01', 'نحو يونيو 2021 – يناير 2022', 'نحو يونيو 2021 – يناير 2022'],
    ['2022-02-17/..', 'منذ 17 فبراير 2022 (مستمر)', 'منذ 17 فبراير 2022'],
    ['2022-02/', 'منذ فبراير 2022 (النهاية غير معروفة)', 'منذ فبراير 2022'],
    ['../2022', 'حتى 2022', 'حتى 2022'],
    ['/2022', 'حتى 2022 (البداية غير معروفة)', 'حتى 2022'],
    ['-0043', '44 ق.م', '44 ق.م'],
  ],
}

for (const [locale, cases] of Object.entries(IN_LANGUAGES)) {
  for (const [edtf, longText, shortText] of cases) {
    test(`${edtf} reads in ${locale} as "${longText}", beside the axis "${shortText}"`, () => {
      assert.equal(long(edtf, locale), longText)
      assert.equal(short(edtf, locale), shortText)
    })
  }

  test(`no English word is left around a date in ${locale}`, () => {
    for (const [edtf] of cases) assert.doesNotMatch(long(edtf, locale), /\b(c\.|from|until|ongoing|unknown|start|end)\b/, edtf)
  })

  test(`a time in ${locale} keeps its written offset after the language's own time`, () => {
    assert.match(long('2022-07-29T10:00:00+05:00', locale), /10:00.*UTC\+5$/)
  })

  test(`a joined run of dates in ${locale} uses the language's range`, () => {
    assert.equal(plain(covered([span('2021-06-16'), span('2022-07-29')], locale, 'short')), `${short('2021-06-16', locale)} – ${short('2022-07-29', locale)}`)
  })
}
