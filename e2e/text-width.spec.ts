import { expect, test, type Page } from '@playwright/test'
import { CALLOUT, LABEL } from '../lib/layout/box-styles'
import { textWidth } from '../lib/layout/text-width'

/**
 * The layout sizes label and callout boxes from estimated text widths (lib/layout/text-width.ts), before
 * any font is measured. Here the browser measures the same strings with the page's own fonts, in every
 * script a story may be written in: the estimate must cover the real width (no text spilling out of
 * its box) without being absurdly roomier (at most 1.35 times, plus a few pixels of rounding).
 */
const TEXTS: Record<string, { titles: string[]; dates: string[]; quotes: string[] }> = {
  Latin: {
    titles: ['Russia invades Ukraine', 'Biden and Putin meet in Geneva', 'WHO DECLARES A PANDEMIC', 'Lavrov agrees to hear Blinken’s proposal', 'Éire votes; Ålesund, Łódź and Zürich'],
    dates: ['Feb 24, 2022', 'c. Jun 2021?', 'from Feb 17, 2022'],
    quotes: ['We are ready to talk, but not under threat.', 'Nobody wins a war like this one.'],
  },
  Cyrillic: {
    titles: ['Россия и США обменялись заключёнными', 'Лавров согласился выслушать Блинкена', 'ЖЕНЕВСКИЙ САММИТ', 'Щедрый жест: обмен пленными', 'Шьют шубы в Жуковском'],
    dates: ['24 февр. 2022 г.', 'прибл. июнь 2021 г.', 'с 17 февр. 2022 г.'],
    quotes: ['Мы готовы к разговору, но не под давлением.', 'Щит и меч: жёсткий ответ шпионам.'],
  },
  Greek: {
    titles: ['Η Ελλάδα ψηφίζει σε δημοψήφισμα', 'Συνάντηση κορυφής στη Γενεύη', 'ΕΚΛΟΓΕΣ ΣΤΗΝ ΑΘΗΝΑ', 'Ψήφισμα για την ανταλλαγή κρατουμένων'],
    dates: ['24 Φεβ 2022', 'περ. Ιούν 2021'],
    quotes: ['Είμαστε έτοιμοι να μιλήσουμε, αλλά όχι υπό απειλή.'],
  },
  Arabic: {
    titles: ['وزير الخارجية يعلن تبادل الأسرى', 'قمة جنيف بين الرئيسين', 'سُجَناء مُفرَج عنهم', 'مشاورات سرية في الشرق الأوسط', 'شمس'],
    dates: ['24 فبراير 2022', 'نحو يونيو 2021؟', 'منذ 17 فبراير 2022'],
    quotes: ['نحن مستعدون للحوار، ولكن ليس تحت التهديد.', 'لا أحد ينتصر في حرب كهذه.'],
  },
  Hebrew: {
    titles: ['שר החוץ הודיע על חילופי אסירים', 'פסגה בז׳נבה', 'שָׁלוֹם עֲלֵיכֶם', 'משא ומתן חשאי במזרח התיכון'],
    dates: ['24 בפבר׳ 2022'],
    quotes: ['אנחנו מוכנים לדבר, אבל לא תחת איום.'],
  },
  CJK: {
    titles: ['俄罗斯与美国交换囚犯', '日内瓦峰会：两国领导人会晤', '東京オリンピック延期', '한국 대통령 선거', '吉野家の牛丼'],
    dates: ['2022年2月24日', '2022年2月'],
    quotes: ['我们准备对话，但不是在威胁之下。', '戦争に勝者はいない。'],
  },
}

interface Measured {
  text: string
  kind: 'title' | 'date' | 'quote'
  width: number
}

/** Every string drawn as the timeline draws it (the same classes, so the same fonts), measured by SVG. */
async function measure(page: Page, texts: { text: string; kind: Measured['kind'] }[]): Promise<Measured[]> {
  return page.evaluate(async (items) => {
    await document.fonts.ready
    const NS = 'http://www.w3.org/2000/svg'
    const svg = document.createElementNS(NS, 'svg')
    svg.setAttribute('width', '2000')
    svg.setAttribute('height', '100')
    document.body.append(svg)
    const classes = { title: ['tl-label', 'tl-label-title'], date: ['tl-label', 'tl-label-date'], quote: ['tl-callout', 'tl-callout-text'] } as const
    const out = items.map(({ text, kind }) => {
      const g = document.createElementNS(NS, 'g')
      g.setAttribute('class', classes[kind][0])
      const t = document.createElementNS(NS, 'text')
      t.setAttribute('class', classes[kind][1])
      t.textContent = text
      g.append(t)
      svg.append(g)
      return { text, kind, width: t.getComputedTextLength() }
    })
    svg.remove()
    return out
  }, texts)
}

const estimate = (m: Measured) =>
  m.kind === 'title' ? textWidth(m.text, LABEL.titleSize, true) : m.kind === 'date' ? textWidth(m.text, LABEL.dateSize, true) : textWidth(m.text, CALLOUT.textSize)

for (const [script, { titles, dates, quotes }] of Object.entries(TEXTS)) {
  test(`${script} labels and callouts are estimated no narrower than drawn, and not much wider`, async ({ page }) => {
    await page.goto('/')
    const measured = await measure(page, [
      ...titles.map((text) => ({ text, kind: 'title' as const })),
      ...dates.map((text) => ({ text, kind: 'date' as const })),
      ...quotes.map((text) => ({ text, kind: 'quote' as const })),
    ])
    for (const m of measured) {
      // A string the page has no font for draws as boxes, which would prove nothing either way.
      expect(m.width, `${m.text} was drawn`).toBeGreaterThan(0)
      const est = estimate(m)
      expect(est, `${m.kind} "${m.text}": estimated ${est}px, drawn ${m.width.toFixed(1)}px`).toBeGreaterThanOrEqual(Math.ceil(m.width))
      expect(est, `${m.kind} "${m.text}": estimated ${est}px, drawn ${m.width.toFixed(1)}px`).toBeLessThanOrEqual(m.width * 1.35 + 4)
    }
  })
}
