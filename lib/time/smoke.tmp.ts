import { parseDate, parseSpan, formatSpan, formatShortLabel, datetimeAttribute } from './index'
const inputs = process.argv.slice(2)
for (const t of inputs) {
  const r = parseDate(t)
  if (r.ok) console.log(JSON.stringify(t), '=>', r.value.edtf, '|', formatSpan(r.value), '|', formatShortLabel(r.value), '|', datetimeAttribute(r.value), r.value.min, r.value.max)
  else console.log(JSON.stringify(t), 'ERR', JSON.stringify(r.error))
}
console.log(JSON.stringify(parseSpan('2022-01-10', '2022-01-12')))
console.log(JSON.stringify(parseSpan('2022-01-10', '2021')))
console.log(JSON.stringify(parseSpan('2022-01-10/2022-02', '2023')))
console.log(JSON.stringify(parseSpan('2022-01-10', '..')))
console.log(JSON.stringify(parseSpan('2022-01-10', ' 2022-13')))
