/**
 * A text's measure, kept by its plan: measuring is most of a layout's work, and a zoom frame lays out again
 * what it shows, so each label, cluster and callout is measured the first time it is shown and never again.
 */
export function measuredOnce<K, V>(cache: Map<K, V>, key: K, measure: () => V): V {
  let value = cache.get(key)
  if (value === undefined) {
    value = measure()
    cache.set(key, value)
  }
  return value
}
