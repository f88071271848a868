export declare const PERMISSIONS_POLICY: string
export declare const HSTS: string
export declare const WIDGET_CSP: string
export declare const RESOURCE_CSP: string
export declare const OPEN_DATA_ROUTES: string[]
export declare function pageCsp(options: { scriptHashes: readonly string[]; https: boolean; dev?: boolean }): string
export declare function headerRules(options: { https: boolean }): { source: string; headers: { key: string; value: string }[] }[]
