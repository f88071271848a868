/**
 * The page number a `[page]` segment names (a tag's `/tags/<key>/page/<n>`, a long story's
 * `/timelines/<slug>/page/<n>`): 2 or more, written without leading zeros; undefined otherwise
 * (a first page has no such URL, so it is never served at two addresses).
 */
export function laterPageFromParam(param: string): number | undefined {
  if (!/^[1-9][0-9]{0,5}$/.test(param)) return undefined
  const page = Number(param)
  return page >= 2 ? page : undefined
}
