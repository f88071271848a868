import { getMDXComponent } from 'mdx-bundler/client'
import type { ComponentProps } from 'react'
import type { Timeline } from '@/lib/content/model'
import { articleComponents } from './article-components'

type MdxComponents = ComponentProps<ReturnType<typeof getMDXComponent>>['components']

/**
 * The story's prose, from the code mdx-bundler compiled at build time, with
 * <Event> and <Quote> drawn by our components; of a long story, page `page`'s
 * part (lib/content/story-pages.ts). Runs on the server only: the
 * compiled MDX is called as a plain function and never shipped to the browser.
 */
export function MdxArticle({ timeline, page = 1 }: { timeline: Timeline; page?: number }) {
  const content = getMDXComponent(timeline.code)
  return content({ components: articleComponents(timeline, page) as MdxComponents })
}
