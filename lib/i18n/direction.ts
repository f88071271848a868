import { baseLanguage } from './base-language'

// Scripts written right to left (Unicode CLDR characterOrder) among the languages newsrooms publish in.
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'])

/**
 * The writing direction of a language: "rtl" for Arabic, Hebrew, Persian, Urdu and their kin; else "ltr".
 * A module of its own so that browser code asking only this does not bundle every language's messages.
 */
export function directionOf(tag: string): 'rtl' | 'ltr' {
  return RTL.has(baseLanguage(tag)) ? 'rtl' : 'ltr'
}
