import type { EventImage as EventImageModel } from '@/lib/content/model'

// Not imported from components/site/EventImage: that module brings next/image, whose client code this
// file exists to keep out of the embed widget's bundle.
const isRemote = (src: string) => /^https:\/\//.test(src)

/** A local image through Next's image optimizer at one of its default sizes; a remote one as it is. */
function optimized(src: string, width: 96 | 256): string {
  return isRemote(src) ? src : `/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=75`
}

/**
 * The same picture as a small square beside an event's detail, for recognition rather than reading.
 * A plain <img> on next/image's optimizer URLs, not next/image itself: the detail view is also part
 * of the embed widget, whose whole script budget next/image's client code would take a quarter of.
 */
export function EventThumbnail({ image }: { image: EventImageModel }) {
  return (
    <figure className="tl-detail-thumb">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={optimized(image.src, 96)}
        srcSet={isRemote(image.src) ? undefined : `${optimized(image.src, 96)} 1x, ${optimized(image.src, 256)} 2x`}
        alt={image.alt}
        width={96}
        height={96}
        loading="lazy"
        decoding="async"
        className="tl-detail-thumb-img"
      />
      <figcaption className="tl-detail-thumb-credit">{image.credit}</figcaption>
    </figure>
  )
}
