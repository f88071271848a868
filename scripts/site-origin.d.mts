export declare function siteOriginOrExit(doing: string, env?: Record<string, string | undefined>): string
export declare function siteOrigin(env?: Record<string, string | undefined>): string
