export interface BuildManifest {
  origin: string
  scripts: Record<string, string[]>
}
export declare const BUILD_MANIFEST: string
export declare function distDirOf(env?: Record<string, string | undefined>): string
export declare function pagePathOf(relative: string): string
export declare function writeBuildManifest(distDir: string, origin: string, eachPage?: (html: string) => void): BuildManifest
export declare function readBuildManifest(distDir: string): BuildManifest | undefined
