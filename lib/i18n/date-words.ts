import { baseLanguage } from './base-language'
import { arDates } from './dates/ar'
import { enDates, type DateWords } from './dates/en'
import { esDates } from './dates/es'
import { ruDates } from './dates/ru'

export type { DateWords } from './dates/en'

/** The date words of every language with a messages file, by base language subtag (see dates/en.ts for why apart). */
export const DATE_WORDS: Readonly<Record<string, DateWords>> = { en: enDates, es: esDates, ru: ruDates, ar: arDates }

/** The words around dates in a language, by its base language (es-MX → es); English where there is no file. */
export function dateWordsFor(tag: string): DateWords {
  return DATE_WORDS[baseLanguage(tag)] ?? enDates
}
