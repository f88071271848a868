import { baseLanguage } from './base-language'
import { ar } from './messages/ar'
import { en, type Messages } from './messages/en'
import { es } from './messages/es'
import { ru } from './messages/ru'

export type { Messages } from './messages/en'
export { fill, plural } from './plural'
export { baseLanguage } from './base-language'
export { directionOf } from './direction'

/** Every language with a messages file, by base language subtag. Adding a language: one file, one line here (docs/authoring.md). */
export const MESSAGES: Readonly<Record<string, Messages>> = { en, es, ru, ar }

/** The messages for a language, by its base language (es-MX → es); English where there is no file. */
export function messagesFor(tag: string): Messages {
  return MESSAGES[baseLanguage(tag)] ?? en
}
