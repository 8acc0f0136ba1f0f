/**
 * CPU time used by a headless Chromium (its browser process and every descendant: renderer,
 * GPU process with the software WebGL, network…), read from /proc. On a machine shared with
 * other jobs wall-clock figures stretch with the load; the CPU time a frame or a page load
 * costs hardly does, so the benches print both. Linux only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';

const TICK_MS = 1000 / Number(execSync('getconf CLK_TCK').toString().trim() || 100);

interface Proc {
  pid: number;
  ppid: number;
  ticks: number;
  args: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces), from field 3 on.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), args });
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

/** The processes of the Chromium started with this user data dir: its browser process and every descendant. */
function chromiumTree(userDataDir: string): Proc[] {
  const all = processes();
  const root = all.find((p) => p.args.includes(`--user-data-dir=${userDataDir}`) && !p.args.includes('--type='));
  if (!root) throw new Error(`cpu: no Chromium with --user-data-dir=${userDataDir}`);
  const tree = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all)
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
  }
  return all.filter((p) => tree.has(p.pid));
}

/** Milliseconds of CPU used so far by the Chromium started with this user data dir, all processes together. */
export function chromiumCpuMs(userDataDir: string): number {
  return chromiumTree(userDataDir).reduce((sum, p) => sum + p.ticks, 0) * TICK_MS;
}

/** The kind of a Chromium process: browser, renderer, gpu-process, or a utility's sub-type. */
const processKind = (args: string): string => args.match(/--utility-sub-type=(\S+)/)?.[1] ?? args.match(/--type=(\S+)/)?.[1] ?? 'browser';

/** Milliseconds of CPU used so far by that Chromium, by kind of process. */
export function chromiumCpuByKind(userDataDir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of chromiumTree(userDataDir)) out.set(processKind(p.args), (out.get(processKind(p.args)) ?? 0) + p.ticks * TICK_MS);
  return out;
}

/** Milliseconds of CPU used so far by this Node process (the bench's own server). */
export const ownCpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
