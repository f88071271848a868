import { readFile } from 'node:fs/promises'
import { builtFile, builtModule } from '@/lib/built-module.server'

/**
 * What scripts/build-embed.mjs builds for the widget's server side: the renderer
 * (components/embed/render-widget.tsx with its own React, in .embed/render.mjs) and the manifest naming
 * the widget's assets. Loaded by Node at run time, not bundled by Next; shared by the widget's routes.
 */
type Renderer = typeof import('@/components/embed/render-widget')
interface Manifest {
  /** The script of a widget whose views this server lays out (components/embed/widget-client.ts). */
  script: string
  /** The script of a widget that lays them out itself, for a static export (components/embed/widget-static.ts). */
  staticScript: string
  css: string
}

let manifest: Promise<Manifest> | undefined

/** The widget's renderer (see render-widget.tsx for why it is built apart). */
export const loadRenderer = builtModule<Renderer>('render.mjs', 'The embed widget')

export function loadManifest(): Promise<Manifest> {
  manifest ??= readFile(builtFile('manifest.json'), 'utf8').then(
    (text) => JSON.parse(text) as Manifest,
    (error: unknown) => {
      manifest = undefined
      throw new Error(`The embed widget is not built: run \`node scripts/build-embed.mjs\`. ${String(error)}`)
    },
  )
  return manifest
}

