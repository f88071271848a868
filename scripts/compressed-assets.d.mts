import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HeaderRule } from './security-headers.mjs'
export interface AssetFolder {
  prefix: string
  dir: string
}
/** A file's path under its folder: plain segments only. */
export declare const PLAIN: RegExp
export declare function assetFolders(root: string, distDir: string): AssetFolder[]
export declare function compressedDir(distDir: string): string
export declare function chooseEncoding(accept: string | undefined): 'br' | 'gzip' | undefined
export declare function compressAssets(options: { folders: AssetFolder[]; outDir: string }): Promise<{ files: number; bytes: number; br: number; gzip: number }>
export declare function compressedAssets(options: { folders: AssetFolder[]; outDir: string; rules: readonly HeaderRule[] }): {
  serve(req: IncomingMessage, res: ServerResponse): boolean
}
