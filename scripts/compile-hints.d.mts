export declare const COMPILE_HINT: string
export declare function bootScripts(html: string): string[]
export declare function addCompileHints(distDir: string, scripts: Iterable<string>): { files: number; bytes: number }
export declare function hintFile(file: string): number
export declare function firstLoad(metafile: { outputs: Record<string, { imports: { path: string; kind: string }[] }> }, output: string): string[]
