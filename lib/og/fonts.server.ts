import { readFile } from 'node:fs/promises'
import path from 'node:path'

/** A font as next/og takes it (satori reads TTF, OTF and WOFF, not WOFF2). */
export interface CardFont {
  name: string
  data: Buffer
  weight: 400 | 700
  style: 'normal'
}

/**
 * The scripts the social card can write, each a subset of Noto (fontsource's WOFF files, OFL): without them
 * next/og knows Latin only and fetches every other glyph from Google Fonts as it renders, which a build
 * without network (or a newsroom that keeps readers' and writers' data at home) cannot and should not do.
 * Arabic is drawn from its presentation forms (lib/og/visual-runs.ts), which Noto Sans Arabic holds.
 * CJK is not bundled: its fonts are tens of megabytes; docs/deploying.md says so.
 */
const SUBSETS: readonly (readonly [pkg: string, file: string])[] = [
  ...['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese', 'devanagari'].map((s) => ['noto-sans', `noto-sans-${s}`] as const),
  ['noto-sans-arabic', 'noto-sans-arabic-arabic'],
  ['noto-sans-hebrew', 'noto-sans-hebrew-hebrew'],
]

let loaded: Promise<CardFont[]> | undefined

/** Every subset in both weights the card uses, read once per process. Each has a name of its own: satori keeps one font per name and weight. */
export function cardFonts(): Promise<CardFont[]> {
  loaded ??= Promise.all(
    SUBSETS.flatMap(([pkg, file]) =>
      ([400, 700] as const).map(async (weight) => ({
        name: file,
        data: await readFile(/*turbopackIgnore: true*/ path.join(process.cwd(), 'node_modules', '@fontsource', pkg, 'files', `${file}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  )
  return loaded
}
