/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (or those whose file
 * name contains one of the arguments: `npm run bench -- layout`) and prints
 * one line per figure beside its budget. Exits 0 when every benchmark ran,
 * whatever the figures: this reports; tests gate. A benchmark that throws is
 * reported, the others still run, and the exit code is 1.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { budgetText, verdict, type BenchModule, type Figure, type Stat } from './measure'

const here = path.dirname(fileURLToPath(import.meta.url))
const filters = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort()

// A ratio far below 1 would read 0.0 with one decimal.
const fmt = (s: Stat) => `${s.label} ${s.value.toFixed(s.digits ?? (s.unit === '×' ? 2 : 1))} ${s.unit}`.trimEnd()

function line(f: Figure): string {
  const stats = f.stats.map(fmt).map((s) => s.padEnd(14)).join(' ')
  const budget = (f.budget ? `budget ${budgetText(f)}` : '').padEnd(24)
  return `${f.name.padEnd(42)} ${stats} ${budget} ${verdict(f) ?? ''}`.trimEnd()
}

const figures: Figure[] = []
const failed: string[] = []
if (files.length === 0) console.log(`no benchmarks matched ${filters.join(', ')}`)
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as Partial<BenchModule>
  if (typeof mod.run !== 'function') {
    console.log(`${file}: exports no run()`)
    continue
  }
  let produced: Figure[]
  try {
    produced = await mod.run()
  } catch (error) {
    // One broken benchmark (a failed build, a server gone) must not hide the figures of the others.
    failed.push(file)
    console.log(`${file}: FAILED\n    ${String((error as Error).stack ?? error).split('\n').slice(0, 12).join('\n    ')}`)
    continue
  }
  for (const f of produced) {
    figures.push(f)
    console.log(line(f))
    for (const n of f.notes ?? []) console.log(`    ${n}`)
  }
}
const judged = figures.map(verdict).filter((v) => v !== undefined)
const over = judged.filter((v) => v === 'OVER').length
const under = judged.filter((v) => v === 'UNDER').length
console.log(`\n${figures.length} figures, ${judged.length} with a budget: ${judged.length - over - under} PASS, ${over} OVER${under ? `, ${under} UNDER` : ''}`)
if (failed.length) {
  console.log(`${failed.length} benchmark${failed.length === 1 ? '' : 's'} failed to run: ${failed.join(', ')}`)
  process.exitCode = 1
}
