import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { descendants, parseCpuTicks, parseStat, parseVmRssKb, treeRss } from './proc-tree'

/** A /proc/<pid>/stat line as Linux writes it, cut after the fields read here. */
const stat = (pid: number, comm: string, ppid: number) => `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 1234 0 0 0`
const status = (name: string, rssKb?: number) => `Name:\t${name}\nState:\tS (sleeping)\n${rssKb === undefined ? '' : `VmRSS:\t  ${rssKb} kB\n`}Threads:\t11\n`

/** A folder laid out like /proc: one folder per pid with `stat` and `status`, plus a non-pid entry. */
function fakeProc(processes: { pid: number; ppid: number; comm: string; rssKb?: number }[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-proc-'))
  mkdirSync(path.join(dir, 'self'))
  for (const p of processes) {
    mkdirSync(path.join(dir, String(p.pid)))
    writeFileSync(path.join(dir, String(p.pid), 'stat'), stat(p.pid, p.comm, p.ppid))
    writeFileSync(path.join(dir, String(p.pid), 'status'), status(p.comm, p.rssKb))
  }
  return dir
}

test('parseStat reads pid and parent pid', () => {
  assert.deepEqual(parseStat(stat(5760, 'next-server', 5725)), { pid: 5760, ppid: 5725 })
})

test('parseStat reads past a command name holding spaces and parentheses', () => {
  assert.deepEqual(parseStat(stat(5760, 'next-server (v16.4.6)', 5725)), { pid: 5760, ppid: 5725 })
})

test('parseStat gives undefined for text that is not a stat line', () => {
  assert.equal(parseStat(''), undefined)
  assert.equal(parseStat('12 node S'), undefined)
})

test('parseVmRssKb reads VmRSS in kB', () => {
  assert.equal(parseVmRssKb(status('node', 98588)), 98588)
})

test('parseVmRssKb gives undefined for a process without resident memory (a kernel thread, a zombie)', () => {
  assert.equal(parseVmRssKb(status('kworker/0:1')), undefined)
})

test('descendants lists the root, its children and their children, not their siblings', () => {
  const parentOf = new Map([
    [10, 1],
    [11, 10],
    [12, 10],
    [13, 11],
    [20, 1],
    [21, 20],
  ])
  assert.deepEqual(descendants(10, parentOf), [10, 11, 12, 13])
})

test('descendants of a process without children is the process alone', () => {
  assert.deepEqual(descendants(42, new Map([[42, 1]])), [42])
})

test('treeRss sums VmRSS over the root and its descendants only', () => {
  const proc = fakeProc([
    { pid: 100, ppid: 1, comm: 'node', rssKb: 1000 },
    { pid: 101, ppid: 100, comm: 'next-server (v16.4.6)', rssKb: 200 },
    { pid: 102, ppid: 101, comm: 'worker', rssKb: 30 },
    { pid: 200, ppid: 1, comm: 'other', rssKb: 9999 },
  ])
  assert.deepEqual(treeRss(100, proc), { pids: [100, 101, 102], kb: 1230 })
})

test('treeRss skips a descendant without VmRSS', () => {
  const proc = fakeProc([
    { pid: 100, ppid: 1, comm: 'node', rssKb: 1000 },
    { pid: 101, ppid: 100, comm: 'zombie' },
  ])
  assert.deepEqual(treeRss(100, proc), { pids: [100], kb: 1000 })
})

test('treeRss gives undefined when the root has ended', () => {
  const proc = fakeProc([{ pid: 200, ppid: 1, comm: 'other', rssKb: 10 }])
  assert.equal(treeRss(100, proc), undefined)
})

test('treeRss reads this process from the real /proc', { skip: process.platform !== 'linux' }, () => {
  const rss = treeRss(process.pid)
  assert.ok(rss && rss.kb > 0 && rss.pids[0] === process.pid)
})

test('parseCpuTicks reads own and waited-for children CPU time', () => {
  const text = '4242 (sh (x)) S 1 4242 4242 0 -1 4194304 120 3400 0 2 7 3 51234 6789 20 0 1 0 99 2000000 300'
  assert.deepEqual(parseCpuTicks(text), { self: 10, children: 58_023 })
})

test('parseCpuTicks is undefined for a line cut short', () => {
  assert.equal(parseCpuTicks('4242 (sh) S 1 4242'), undefined)
})
