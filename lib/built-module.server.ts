import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * A module scripts/build-embed.mjs built into `.embed/`, imported by Node at run time rather than bundled by
 * Next: each of these renderers carries its own React, with react-dom/server, which Next's server components
 * cannot import. The import is made once; one that failed is tried again at the next call.
 */
export function builtModule<T>(file: string, what: string): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () =>
    (loading ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(builtFile(file)).href) as Promise<T>).catch((error: unknown) => {
      loading = undefined
      throw new Error(`${what} is not built: run \`node scripts/build-embed.mjs\` (npm run build and npm run dev do). ${String(error)}`)
    }))
}

/** Where scripts/build-embed.mjs wrote `file` for the server. */
export function builtFile(file: string): string {
  return path.join(process.cwd(), '.embed', file)
}
