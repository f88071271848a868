/**
 * `answer` remembering its last answer for as long as it is asked about the same items (the same objects, in the same
 * order) under the same key. For listings built from getPublished's stories: a production process keeps each loaded
 * story while its file is unchanged (lib/content/load.server.ts), so the same stories come back as the same objects,
 * and any change of file, of publicness or of order gives other objects and a new answer. A build renders hundreds
 * of listing pages (tag pages, index pages) over one archive; without this each would list the whole archive again.
 */
export function lastAnswer<T, V>(answer: (items: readonly T[], key: string) => V): (items: readonly T[], key: string) => V {
  let last: { items: readonly T[]; key: string; value: V } | undefined
  return (items, key) => {
    if (last && last.key === key && last.items.length === items.length && last.items.every((x, i) => x === items[i])) return last.value
    const value = answer(items, key)
    last = { items, key, value }
    return value
  }
}
