import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HeaderRule } from './security-headers.mjs'
export declare function chooseEncoding(accept: string | undefined): 'br' | 'gzip' | undefined
export declare function compressedAssets(options: { folders: { prefix: string; dir: string }[]; rules: readonly HeaderRule[] }): {
  serve(req: IncomingMessage, res: ServerResponse): boolean
  warm(): Promise<void>
}
