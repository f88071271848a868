import type { DateWords } from './en'

export const arDates: DateWords = {
  circa: 'نحو {date}',
  circaDay: 'نحو {date}',
  uncertain: '{date}؟',
  range: '{from}\u2009–\u2009{to}',
  from: 'منذ {date}',
  fromDay: 'منذ {date}',
  until: 'حتى {date}',
  untilDay: 'حتى {date}',
  ongoing: '{text} (مستمر)',
  endUnknown: '{text} (النهاية غير معروفة)',
  startUnknown: '{text} (البداية غير معروفة)',
}
