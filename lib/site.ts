/**
 * The public address of the site, for links that must be absolute (oEmbed
 * discovery, social cards). Set DATELINE_SITE_URL when deploying; locally it is
 * the address `npm start` serves.
 */
export const SITE_URL = (process.env.DATELINE_SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '')
