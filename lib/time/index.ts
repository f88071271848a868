/**
 * Dateline's date module: EDTF text in, plain UTC-millisecond spans out, and
 * locale-aware display. Pure: no React, no DOM.
 */
export { parseDate, parseSpan } from './parse'
export { datetimeAttribute, formatInstant, formatShortLabel, formatSpan } from './format'
export type { Bound, DateError, DateResult, Instant, Precision, TimeSpan } from './types'
