// CPU accounting for benchmarks on Linux (/proc, clock ticks of 1/100 s): on two shared cores a
// rate alone hides who spent the CPU; these say how much each side used.
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../src/db/connection.js';

/** CPU seconds (user + system) a process has used. */
export function processCpuSeconds(pid: number | 'self'): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by each PostgreSQL backend serving this database (PostgreSQL only). */
export async function backendCpuSeconds(db: Db): Promise<Map<number, number>> {
  const backends = await queryRows<{ pid: number }>(
    db,
    sql`select pid from pg_stat_activity where datname = current_database()`,
  );
  return new Map(backends.map(({ pid }) => [pid, processCpuSeconds(pid)]));
}

export function cpuUsedSince(before: Map<number, number>, after: Map<number, number>): number {
  let used = 0;
  for (const [pid, seconds] of after) used += seconds - (before.get(pid) ?? 0);
  return used;
}

/**
 * CPU seconds the machine's cores have spent working (user, system, interrupts); not idle, I/O
 * wait, or time the hypervisor took for other guests (steal).
 */
export function machineBusySeconds(): number {
  const [, ...ticks] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq] = ticks.map(Number);
  return (user! + nice! + system! + irq! + softirq!) / 100;
}
