/** The base language of a BCP 47 tag: "es-MX" → "es"; junk → "en". */
export function baseLanguage(tag: string): string {
  return /^[a-z]{2,3}(?=-|$)/i.exec(tag)?.[0]?.toLowerCase() ?? 'en'
}
