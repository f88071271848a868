export declare const COMPILE_HINT: string
export declare function bootScripts(html: string): string[]
export declare function addCompileHints(distDir: string, scripts: Iterable<string>): { files: number; bytes: number }
