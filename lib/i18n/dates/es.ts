import type { DateWords } from './en'

export const esDates: DateWords = {
  circa: 'h. {date}',
  circaDay: 'h. el {date}',
  uncertain: '{date}?',
  range: '{from}\u2009–\u2009{to}',
  from: 'desde {date}',
  fromDay: 'desde el {date}',
  until: 'hasta {date}',
  untilDay: 'hasta el {date}',
  ongoing: '{text} (en curso)',
  endUnknown: '{text} (fin desconocido)',
  startUnknown: '{text} (inicio desconocido)',
}
