import { arSite } from './messages/ar'
import { enSite, type SiteMessages } from './messages/en'
import { esSite } from './messages/es'
import { ruSite } from './messages/ru'
import { baseLanguage } from './base-language'

export type { SiteMessages } from './messages/en'

/** The site's words of every language with a messages file, by base language subtag. Server-side: the widget never imports this. */
export const SITE_MESSAGES: Readonly<Record<string, SiteMessages>> = { en: enSite, es: esSite, ru: ruSite, ar: arSite }

/** The site's words (pages, feeds, calendars) in a language, by its base language; English where there is no file. */
export function siteMessagesFor(tag: string): SiteMessages {
  return SITE_MESSAGES[baseLanguage(tag)] ?? enSite
}
