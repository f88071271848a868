/**
 * The random choices synthetic stories are made of (lib/test-support/synthetic-story.ts). Their generator is
 * mulberry32, not the Park–Miller one of seeded-random.ts that the property tests use: the benchmarks' stories
 * have always been drawn from it, and keeping it keeps each seed's story, and so the figures measured on it,
 * the same from one version of the code to the next. (Park–Miller would also make the stories of consecutive
 * seeds, which the build and check benchmarks use, move in step.)
 */

/** mulberry32: small, fast, and good enough to make varied but replayable stories. */
export function storyRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A source of numbers in [0, 1). */
export type Rand = () => number

/** A whole number from `lo` to `hi`, both included. */
export const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
/** One of `items`, each as likely. */
export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!

/** One of the keys of `weights`, each as likely as its weight makes it. */
export function weighted<T extends string>(rand: Rand, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][]
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0)
  for (const [k, w] of entries) {
    r -= w
    if (r < 0) return k
  }
  return entries[entries.length - 1]![0]
}
