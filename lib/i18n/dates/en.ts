/**
 * Words around a date (lib/time/format.ts), in English: one small file per language beside the
 * messages, because the date formatter runs in the widget's first script (through the date parser its
 * options use), which must not bring every message of every language with it.
 *
 * The `…Day` forms stand before a date that names its day: some languages say it differently there
 * (Spanish "desde el 17 de febrero"; Russian declines a month only after a day, so "с 17 февраля" but
 * never "с февраль").
 */
export const enDates = {
  circa: 'c. {date}',
  circaDay: 'c. {date}',
  uncertain: '{date}?',
  range: '{from}\u2009–\u2009{to}',
  from: 'from {date}',
  fromDay: 'from {date}',
  until: 'until {date}',
  untilDay: 'until {date}',
  ongoing: '{text} (ongoing)',
  endUnknown: '{text} (end unknown)',
  startUnknown: '{text} (start unknown)',
}

/** The date words every language provides in full. */
export type DateWords = typeof enDates
