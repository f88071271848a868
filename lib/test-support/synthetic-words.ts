/** The words of synthetic stories: headlines, bodies, quotes and who said them, in the lengths news has. */
import { int, pick, weighted, type Rand } from './story-random'

const WORDS = (
  'minister talks ceasefire border summit parliament vote protest court ruling sanctions election ' +
  'strike report agency council treaty inquiry budget reform outbreak storm flood harbour bridge ' +
  'station mayor governor envoy delegation ambassador spokesman investigation deal tariff ' +
  'shipment pipeline refinery grain port airport embassy hostage prisoner exchange resign ' +
  'appointed announces warns denies confirms rejects signs opens closes suspends resumes ' +
  'after before amid over against with new first last second talks fail collapse agreement ' +
  'emergency session recount verdict appeal charges arrest release interim cabinet coalition'
).split(' ')
const LONG_WORDS = ['internationalisation', 'counterintelligence', 'disproportionately', 'telecommunications', 'Šefčovič', 'Zelenskyy’s', 'Tashkent—Samarkand']
export const NAMES = ['Antony Blinken', 'Sergey Lavrov', 'Dmitry Peskov', 'Ngozi Okonjo-Iweala', 'María Fernández', 'Olaf Scholz', 'Wang Yi', 'Unnamed official', 'A spokeswoman', 'Jean-Claude Duval']
export const ROLES = ['Foreign Minister', 'Kremlin spokesman', 'US Secretary of State', 'Director-General', 'Mayor', 'Chancellor', 'senior diplomat, speaking anonymously', '']
export const PLACES = ['Geneva, Switzerland', 'Tashkent, Uzbekistan', 'Kyiv, Ukraine', 'Washington, D.C.', 'Brussels', 'Lagos, Nigeria', 'São Paulo']

/** `words` words, the first capitalised; now and then a long word that makes a line hard to wrap. */
export function sentence(rand: Rand, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(rand() < 0.03 ? pick(rand, LONG_WORDS) : pick(rand, WORDS))
  const first = out[0]!
  out[0] = first[0]!.toUpperCase() + first.slice(1)
  return out.join(' ')
}

/** An event's title, from one word to thirty: most of middling length, a few tiny or huge. */
export function titleOf(rand: Rand): string {
  const length = weighted(rand, { tiny: 1, short: 4, medium: 8, long: 3, huge: 1 })
  const words = { tiny: int(rand, 1, 2), short: int(rand, 3, 5), medium: int(rand, 6, 10), long: int(rand, 11, 16), huge: int(rand, 17, 30) }[length]
  return sentence(rand, words)
}
