import { ar } from './messages/ar'
import { en, type Messages } from './messages/en'
import { es } from './messages/es'
import { ru } from './messages/ru'

export type { Messages } from './messages/en'
export { fill, plural, type PluralForms } from './plural'

/** Every language with a messages file, by base language subtag. Adding a language: one file, one line here (docs/authoring.md). */
export const MESSAGES: Readonly<Record<string, Messages>> = { en, es, ru, ar }

/** The base language of a BCP 47 tag: "es-MX" → "es"; junk → "en". */
export function baseLanguage(tag: string): string {
  return /^[a-z]{2,3}(?=-|$)/i.exec(tag)?.[0]?.toLowerCase() ?? 'en'
}

/** The messages for a language, by its base language (es-MX → es); English where there is no file. */
export function messagesFor(tag: string): Messages {
  return MESSAGES[baseLanguage(tag)] ?? en
}

// Scripts written right to left (Unicode CLDR characterOrder) among the languages newsrooms publish in.
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'])

/** The writing direction of a language: "rtl" for Arabic, Hebrew, Persian, Urdu and their kin; else "ltr". */
export function directionOf(tag: string): 'rtl' | 'ltr' {
  return RTL.has(baseLanguage(tag)) ? 'rtl' : 'ltr'
}
