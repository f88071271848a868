import { getImageProps } from 'next/image'
import type { EventImage as EventImageModel } from '@/lib/content/model'

/**
 * Remote images are shown as they are (`unoptimized`): the optimizer would
 * fetch them from the server, which then needs every newsroom's image host in
 * next.config.js `images.remotePatterns`. Local images (public/) are resized
 * and converted by next/image.
 */
const isRemote = (src: string) => /^https:\/\//.test(src)

/**
 * An event's picture in the story: full column width, its credit under it.
 * getImageProps gives the <img> that next/image would draw (srcset on the
 * optimizer, lazy loading, sizes) with none of its client code: this is a
 * server component, and <Image> would add 4 KB of script to every story page,
 * with pictures or without.
 */
export function EventFigure({ image }: { image: EventImageModel }) {
  const { props } = getImageProps({ src: image.src, alt: image.alt, fill: true, sizes: '(min-width: 48rem) 45rem, 100vw', unoptimized: isRemote(image.src), className: 'event-figure-img' })
  return (
    <figure className="event-figure">
      <div className="event-figure-frame">
        {/* eslint-disable-next-line @next/next/no-img-element -- next/image's own <img>, from getImageProps */}
        <img {...props} alt={image.alt} />
      </div>
      <figcaption className="event-figure-credit">{image.credit}</figcaption>
    </figure>
  )
}
