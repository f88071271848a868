export declare const PERMISSIONS_POLICY: string
export declare const HSTS: string
export declare const WIDGET_CSP: string
export declare const RESOURCE_CSP: string
export declare const OPEN_DATA_ROUTES: string[]
export declare function pageCsp(options: { scriptHashes: readonly string[]; https: boolean; dev?: boolean }): string
export interface HeaderRule {
  source: string
  headers: { key: string; value: string }[]
}
export declare const IMMUTABLE: string
export declare function sourcePattern(source: string): RegExp
export declare function ruleHeaders(urlPath: string, rules: readonly HeaderRule[]): Map<string, string>
export declare function headerRules(options: { https: boolean }): HeaderRule[]
