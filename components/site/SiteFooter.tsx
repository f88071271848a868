import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="mx-auto max-w-6xl px-5 py-8">
        Dateline publishes news stories as timelines from plain MDX files. Dates follow EDTF (ISO 8601-2).{' '}
        <Link href="/docs/authoring" className="underline">
          Writing a timeline
        </Link>
      </div>
    </footer>
  )
}
