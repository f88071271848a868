/**
 * A language named in itself, as a language switch lists it (“Español”, “Русский”, “English”): the
 * reader looks for their own language, not its name in the page's. From CLDR by way of Intl.DisplayNames;
 * the first letter is raised to a capital in that language's own rules, since CLDR gives some names
 * (español, русский) in lower case for use inside a sentence. A tag Intl cannot name comes back as written.
 */
export function languageName(tag: string): string {
  let name: string | undefined
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag)
  } catch {
    return tag
  }
  if (!name) return tag
  const first = String.fromCodePoint(name.codePointAt(0)!)
  return first.toLocaleUpperCase(tag) + name.slice(first.length)
}
