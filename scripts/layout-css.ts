/**
 * Writes styles/layout-sizes.css from lib/layout/box-styles.ts: the type sizes the layout measures text at,
 * as the custom properties the stylesheet draws with. Run after changing a size:
 *
 *   npx tsx scripts/layout-css.ts
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LAYOUT_CSS_FILE, layoutCss } from '../lib/layout/layout-css'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
writeFileSync(path.join(root, LAYOUT_CSS_FILE), layoutCss())
console.log(`Wrote ${LAYOUT_CSS_FILE}.`)
