/**
 * A count in words, by the plural rules of its language (CLDR, through Intl.PluralRules): English has
 * two forms ("1 event", "2 events"), Russian three in use ("1 событие", "2 события", "5 событий"),
 * Arabic six. A message gives the forms its language needs and always `other`; `{n}` is the number,
 * written the language's way (Intl.NumberFormat).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

// Building Intl objects is slow next to using them; layout asks for counts thousands of times.
const rules = new Map<string, Intl.PluralRules>()
const numbers = new Map<string, Intl.NumberFormat>()

/** The form of `forms` for `n` in `locale`, with `{n}` filled in. */
export function plural(forms: PluralForms, n: number, locale: string): string {
  let rule = rules.get(locale)
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)))
  let number = numbers.get(locale)
  if (!number) numbers.set(locale, (number = new Intl.NumberFormat(locale)))
  return (forms[rule.select(n)] ?? forms.other).replaceAll('{n}', number.format(n))
}

/** `template` with each `{name}` replaced by `values[name]`; an unknown name is left as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
