import type { EventDetail } from '@/lib/content/event-details'

/** Each page's file, fetched once a page load however many details open from it. */
const files = new Map<string, Promise<EventDetail[]>>()

/** The whole details in a long story's page file (lib/content/story-pages.ts); none if it does not come. */
export function detailsFile(path: string): Promise<EventDetail[]> {
  let file = files.get(path)
  if (!file) {
    file = fetch(path)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : []))
      .then((v) => (Array.isArray(v) ? (v as EventDetail[]) : []))
      .catch(() => [])
    files.set(path, file)
  }
  return file
}
