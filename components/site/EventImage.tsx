import Image from 'next/image'
import type { EventImage as EventImageModel } from '@/lib/content/model'

/**
 * Remote images are shown as they are (`unoptimized`): the optimizer would
 * fetch them from the server, which then needs every newsroom's image host in
 * next.config.js `images.remotePatterns`. Local images (public/) are resized
 * and converted by next/image.
 */
const isRemote = (src: string) => /^https:\/\//.test(src)

/** An event's picture in the story: full column width, its credit under it. */
export function EventFigure({ image }: { image: EventImageModel }) {
  return (
    <figure className="event-figure">
      <div className="event-figure-frame">
        <Image src={image.src} alt={image.alt} fill sizes="(min-width: 48rem) 45rem, 100vw" unoptimized={isRemote(image.src)} className="event-figure-img" />
      </div>
      <figcaption className="event-figure-credit">{image.credit}</figcaption>
    </figure>
  )
}
