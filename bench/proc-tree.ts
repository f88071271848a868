/**
 * Resident memory of a process and everything it started, read from Linux's /proc
 * (proc(5): /proc/<pid>/stat for the parent, /proc/<pid>/status for VmRSS).
 * `next start` may serve from a child process, so the server's memory is the sum over its tree.
 */
import { readdirSync, readFileSync } from 'node:fs'

/**
 * The pid and parent pid from the text of /proc/<pid>/stat. The second field, the
 * command name, is in parentheses and may itself hold spaces and parentheses
 * (proc(5): "comm"), so the fields after it are found from its last `)`.
 */
export function parseStat(text: string): { pid: number; ppid: number } | undefined {
  const open = text.indexOf('(')
  const close = text.lastIndexOf(')')
  if (open < 0 || close < open) return undefined
  const pid = Number(text.slice(0, open).trim())
  // After the name: state, then ppid.
  const ppid = Number(text.slice(close + 1).trim().split(/\s+/)[1])
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : undefined
}

/**
 * CPU time in clock ticks from the text of /proc/<pid>/stat (proc(5), fields 14–17): the process's own
 * user and system time, and that of its children it has waited for, which includes theirs in turn. Read
 * by a parent after its command ended, `children` is the CPU time of the whole tree the command started.
 */
export function parseCpuTicks(text: string): { self: number; children: number } | undefined {
  const close = text.lastIndexOf(')')
  if (close < 0) return undefined
  // After the name, field 3 (state) is at index 0, so field n is at n - 3.
  const fields = text.slice(close + 1).trim().split(/\s+/).map(Number)
  const [utime, stime, cutime, cstime] = [fields[11], fields[12], fields[13], fields[14]]
  if (![utime, stime, cutime, cstime].every((n) => Number.isInteger(n))) return undefined
  return { self: utime! + stime!, children: cutime! + cstime! }
}

/** VmRSS in kB from the text of /proc/<pid>/status; undefined for a kernel thread or a zombie, which have none. */
export function parseVmRssKb(text: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(text)
  return match ? Number(match[1]) : undefined
}

/** `root` and every process below it, given each process's parent; parents before children. */
export function descendants(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  const tree = [root]
  // A pid cannot be its own ancestor, but guard against a table read while processes came and went.
  const seen = new Set(tree)
  for (let i = 0; i < tree.length; i++) {
    for (const child of children.get(tree[i]!) ?? []) {
      if (seen.has(child)) continue
      seen.add(child)
      tree.push(child)
    }
  }
  return tree
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    // The process ended between listing /proc and reading it.
    return undefined
  }
}

/** Every process's parent, as /proc shows them now. */
export function processTable(proc = '/proc'): Map<number, number> {
  const table = new Map<number, number>()
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue
    const stat = readOrUndefined(`${proc}/${name}/stat`)
    const parsed = stat === undefined ? undefined : parseStat(stat)
    if (parsed) table.set(parsed.pid, parsed.ppid)
  }
  return table
}

export interface TreeRss {
  /** The processes counted: the root and its descendants that were still running. */
  pids: number[]
  /** Sum of their VmRSS. Pages shared between them (Node's code, mapped files) count once per process. */
  kb: number
}

/** Summed VmRSS of `root` and its descendants now; `undefined` when `root` is gone. `table` saves reading /proc again. */
export function treeRss(root: number, proc = '/proc', table = processTable(proc)): TreeRss | undefined {
  const pids: number[] = []
  let kb = 0
  for (const pid of descendants(root, table)) {
    const status = readOrUndefined(`${proc}/${pid}/status`)
    const rss = status === undefined ? undefined : parseVmRssKb(status)
    if (rss === undefined) continue
    pids.push(pid)
    kb += rss
  }
  return pids.includes(root) ? { pids, kb } : undefined
}

/**
 * CPU time in clock ticks of `root` and each of its descendants now, by pid: what each has used so far,
 * its waited-for children's not included (they are counted as processes of their own).
 */
export function treeCpuTicks(root: number, proc = '/proc', table = processTable(proc)): Map<number, number> {
  const ticks = new Map<number, number>()
  for (const pid of descendants(root, table)) {
    const stat = readOrUndefined(`${proc}/${pid}/stat`)
    const cpu = stat === undefined ? undefined : parseCpuTicks(stat)
    if (cpu) ticks.set(pid, cpu.self)
  }
  return ticks
}
