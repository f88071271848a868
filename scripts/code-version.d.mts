export declare const CODE_SOURCES: string[]
export declare function sourceFiles(root: string, p: string): string[]
export declare function codeVersion(root: string, sources?: readonly string[]): string
