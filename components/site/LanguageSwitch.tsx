import type { TranslationMember } from '@/lib/content/translations'
import { directionOf } from '@/lib/i18n/direction'
import { languageName } from '@/lib/i18n/language-name'
import type { Messages } from '@/lib/i18n/messages/en'
import { storyPath } from '@/lib/urls'

/**
 * “Read in: Español · Русский”: the story's other versions, each language named in itself and marked
 * with its language (lang for the name's pronunciation, hreflang for where the link leads). Nothing
 * when the story has no other version the site shows. Plain links, not next/link: the other version is a
 * page in another language (the document's language, the widget's messages), loaded whole, and nothing
 * is prefetched for a link most readers never follow.
 */
export function LanguageSwitch({ slug, versions, t }: { slug: string; versions: readonly TranslationMember[]; t: Messages['story'] }) {
  const others = versions.filter((v) => v.slug !== slug)
  if (others.length === 0) return null
  return (
    <nav className="story-languages" aria-labelledby="story-languages-label">
      <span id="story-languages-label">{t.readIn}</span>
      <ul>
        {others.map((v) => (
          <li key={v.slug}>
            <a href={storyPath(v.slug)} hrefLang={v.language} lang={v.language} dir={directionOf(v.language)}>
              {languageName(v.language)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
