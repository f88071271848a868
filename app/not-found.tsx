import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-5 py-20">
      <p className="index-span">404</p>
      <h1 className="story-title">No timeline here</h1>
      <p className="story-summary">The story you asked for does not exist, or has moved.</p>
      <p className="mt-6">
        <Link href="/" className="underline">
          See all timelines
        </Link>
      </p>
    </div>
  )
}
