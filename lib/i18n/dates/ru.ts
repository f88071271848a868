import type { DateWords } from './en'

export const ruDates: DateWords = {
  circa: 'прибл. {date}',
  circaDay: 'ок. {date}',
  uncertain: '{date}?',
  range: '{from}\u2009–\u2009{to}',
  from: '{date} и далее',
  fromDay: 'с {date}',
  until: '{date} и ранее',
  untilDay: 'до {date}',
  ongoing: '{text} (продолжается)',
  endUnknown: '{text} (конец неизвестен)',
  startUnknown: '{text} (начало неизвестно)',
}
