export declare function siteOrigin(env?: Record<string, string | undefined>): string
