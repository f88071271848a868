/**
 * Random numbers for tests that try many generated cases: the Park–Miller
 * "minimal standard" generator (Park and Miller, CACM 31(10), 1988). Seeded,
 * so a case that fails can be run again; small enough to read at a glance.
 *
 * @param seed a whole number from 1 to 2,147,483,646
 * @returns a function giving the next number in [0, 1) on each call
 */
export function seededRandom(seed: number): () => number {
  let state = seed
  return () => (state = (state * 16807) % 2147483647) / 2147483647
}
