import type { Metadata } from 'next'
import { fill, messagesFor, plural } from '../i18n'
import { siteMessagesFor } from '../i18n/site'
import { feedAlternates } from '../feeds/feed'
import { siteLanguage, siteUrl } from '../site'
import type { Timeline } from './model'
import type { IndexEntry } from './story-index'
import { getPublicTimeline } from './published.server'
import { CONTENT_DIR } from './load.server'
import { publicListings, type TagListing } from './listings.server'
import { tagKeyFromParam } from './tags'
import { tagPagePath } from './tag-pages'

/** Every tag of the public stories, with its stories and pages in the site's language. */
export async function everyTag(): Promise<TagListing[]> {
  return (await publicListings()).tags
}

/** One page of a tag: its stories, its number among the tag's pages, and the tag's totals. */
export interface TagPageData {
  key: string
  label: string
  listed: { timeline: Timeline; entry: IndexEntry }[]
  page: number
  pages: number
  totalStories: number
}

/** Page `page` (from 1) of the tag a route's `[tag]` segment names, or undefined when no public story carries it or it has no such page. */
export async function tagPage(param: string, page: number): Promise<TagPageData | undefined> {
  const key = tagKeyFromParam(param)
  const tag = key ? (await everyTag()).find((t) => t.key === key) : undefined
  const range = tag?.pages[page - 1]
  if (!tag || !range) return undefined
  // The listings keep entries only: the page's own stories are loaded for it (each kept while its file is unchanged).
  const entries = tag.listed.slice(range.start, range.end)
  const timelines = await Promise.all(entries.map((e) => getPublicTimeline(e.slug, CONTENT_DIR, { compile: false })))
  const listed = entries.flatMap((entry, i) => (timelines[i] ? [{ timeline: timelines[i], entry }] : []))
  return { key: tag.key, label: tag.label, listed, page, pages: tag.pages.length, totalStories: tag.listed.length }
}

/** The page's sentence about itself, in the site's language: what its timeline draws. */
export function describeTagPage(data: TagPageData, events: number): string {
  const language = siteLanguage()
  const { counts } = messagesFor(language)
  const { tag } = siteMessagesFor(language)
  const stories = plural(counts.stories, data.listed.length, language)
  const values = { label: data.label, stories, events: plural(counts.events, events, language) }
  return data.pages > 1 ? fill(tag.describePage, { ...values, total: plural(counts.stories, data.totalStories, language) }) : fill(tag.describe, values)
}

/** The page's title: the tag's, with the page's number after the first. */
export function tagPageTitle(data: TagPageData): string {
  const { tag } = siteMessagesFor(siteLanguage())
  return data.page > 1 ? fill(tag.titlePage, { label: data.label, page: String(data.page) }) : fill(tag.title, { label: data.label })
}

/** A tag page's metadata: each page is its own canonical URL, since each shows other stories. */
export function tagPageMetadata(data: TagPageData): Metadata {
  const origin = siteUrl()
  const url = `${origin}${tagPagePath(data.key, data.page)}`
  const title = tagPageTitle(data)
  const description = describeTagPage(
    data,
    data.listed.reduce((n, s) => n + s.timeline.events.length, 0),
  )
  return {
    metadataBase: new URL(origin),
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(origin) },
    openGraph: { title, description, type: 'website', url, siteName: 'Dateline' },
    twitter: { card: 'summary', title, description },
  }
}
