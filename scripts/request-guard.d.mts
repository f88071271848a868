export declare const ALLOWED_METHODS: string[]
export declare function refusal(method: string | undefined, url: string | undefined): { status: 400 | 405; message: string } | null
