/**
 * The code a build is made from (scripts/code-version.mjs), which scripts/build.mjs passes as
 * DATELINE_CODE_VERSION; undefined anywhere else (dev, tests, `next start`), where the disk caches
 * keyed by it are not used: nothing there says when the code that made an entry changed.
 */
export function codeVersionOf(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.DATELINE_CODE_VERSION?.trim() || undefined
}
