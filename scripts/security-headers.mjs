// @ts-check
/**
 * The response headers that protect the site (OWASP Secure Headers), by kind of route. One source for
 * next.config.js (static rules), proxy.ts (each page's Content-Security-Policy, which names the hashes
 * of that page's inline scripts) and the header tests. docs/security.md explains each choice.
 */

/** Browser features the site never uses, turned off for it and for anything it frames. Only names Chromium knows (others warn in the console). */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ')

/** Two years, the HSTS preload list's minimum; sent only when the site's origin is https. */
export const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * A page's policy. Scripts only from this origin and the page's own inline scripts by hash (Next's
 * flight data and the theme script, hashed at build time by scripts/build.mjs), so the pages stay static.
 * Styles allow inline `style` attributes, which React writes; pictures may be https:// URLs (docs/authoring.md).
 * @param {{ scriptHashes: readonly string[], https: boolean, dev?: boolean }} options
 */
export function pageCsp({ scriptHashes, https, dev = false }) {
  return [
    "default-src 'self'",
    // `next dev` evaluates modules and injects scripts for fast refresh; a production build needs neither.
    dev ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    // The Embed dialog previews the widget, which is on this origin.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** The widget may be framed by any site; it runs only its own script file and loads nothing from elsewhere but pictures. */
export const WIDGET_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors *"

/** JSON and images are never documents to run script in or to frame. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'"

/** Resources that are not open data: JSON for embedding (oEmbed, TimelineJS), for a long story's detail view and for the index's search, social cards, crawler files. */
const RESOURCE_ROUTES = ['/api/:path*', '/oembed/:file', '/timelines/:slug/opengraph-image', '/timelines/:slug/details/:file', '/search.json', '/sitemap.xml', '/robots.txt']

/** The feeds, calendars and the JSON API (docs/api.md): also answered to any origin's scripts. */
export const OPEN_DATA_ROUTES = ['/api/v1/:path*', '/feed.xml', '/atom.xml', '/feed.json', '/calendars/:file']

/** Files whose names carry a hash of their content (Next's `/_next/static`, the widget's `/embed-assets`): a changed file is a new URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * A `source` of Next's `headers()` as a RegExp, for the forms `headerRules` uses (path-to-regexp):
 * `/:path*` (zero or more segments), `:name` (one segment), `(…)` (a raw group).
 * @param {string} source
 */
export function sourcePattern(source) {
  let out = ''
  let i = 0
  while (i < source.length) {
    const rest = source.slice(i)
    const named = /^(\/?):([A-Za-z_]\w*)([*+?]?)/.exec(rest)
    if (named) {
      const [all, slash, , modifier] = named
      if (modifier === '*') out += slash ? '(?:/.*)?' : '.*'
      else if (modifier === '+') out += `${slash ? '/' : ''}.+`
      else if (modifier === '?') out += slash ? '(?:/[^/]+)?' : '(?:[^/]+)?'
      else out += `${slash ? '/' : ''}[^/]+`
      i += all.length
    } else if (rest.startsWith('(')) {
      // A raw group runs to its balanced closing parenthesis.
      let depth = 0
      let j = 0
      for (; j < rest.length; j++) {
        if (rest[j] === '\\') j++
        else if (rest[j] === '(') depth++
        else if (rest[j] === ')' && --depth === 0) break
      }
      out += rest.slice(0, j + 1)
      i += j + 1
    } else {
      out += rest.charAt(0).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      i++
    }
  }
  return new RegExp(`^${out}$`)
}

/**
 * The headers Next's rules give a path: every matching rule in order, a later value replacing an earlier one of the same name.
 * @param {string} urlPath
 * @param {readonly { source: string, headers: { key: string, value: string }[] }[]} rules
 */
export function ruleHeaders(urlPath, rules) {
  /** @type {Map<string, string>} */
  const headers = new Map()
  for (const rule of rules) {
    if (!sourcePattern(rule.source).test(urlPath)) continue
    for (const { key, value } of rule.headers) headers.set(key, value)
  }
  return headers
}

/**
 * next.config.js `headers()`: later rules override earlier ones for the same header.
 * Pages get their Content-Security-Policy from proxy.ts; every other kind gets it here.
 * @param {{ https: boolean }} options
 */
export function headerRules({ https }) {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ...(https ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
      ],
    },
    {
      // Everything but the widget may only be framed by this site (for browsers that predate CSP's frame-ancestors).
      source: '/((?!embed/).*)',
      headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
    },
    {
      // Widgets may be framed by any site, including one that requires CORP of what it embeds (COEP).
      source: '/embed/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: WIDGET_CSP },
        { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
      ],
    },
    {
      // Widget scripts are ES modules, fetched with CORS: a sandboxed frame (opaque origin) must still get them.
      source: '/embed-assets/:path*',
      headers: [
        { key: 'Access-Control-Allow-Origin', value: '*' },
        { key: 'Cache-Control', value: IMMUTABLE },
        { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
      ],
    },
    {
      // What a static export's widget fetches to apply its URL's options; from a sandboxed frame that is a CORS request.
      source: '/embed/:slug/source.json',
      headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }],
    },
    {
      // The loader is included by other sites' pages.
      source: '/embed.js',
      headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }],
    },
    // oEmbed, the JSON API, feeds, calendars and crawler files are read by other sites and apps; social cards are shown by them.
    ...[...RESOURCE_ROUTES, ...OPEN_DATA_ROUTES].map((source) => ({
      source,
      headers: [
        { key: 'Content-Security-Policy', value: RESOURCE_CSP },
        { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
      ],
    })),
    // Open data is for any site's scripts to fetch (CORS), like the TimelineJS JSON and /api/oembed, which set it themselves.
    ...[...OPEN_DATA_ROUTES, '/oembed/:file'].map((source) => ({ source, headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] })),
  ]
}

