/**
 * `neo4j-admin` (org.neo4j.cli.AdminTool) run from the local server's own jars, so the CSV
 * export's import and a private server's initial password need no separate install. The
 * home it acts on is given explicitly: a throwaway one, never the running server's by accident.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CSV_FILES } from '../../export/csv.js';
import { paths, type ServerSettings } from './config.js';

export interface AdminOptions {
  /** The Neo4j home the command acts on (its conf/ is NEO4J_CONF). */
  home: string;
  /** JVM heap, e.g. '512m'. */
  heap?: string;
}

/** Runs neo4j-admin with `args` on `opts.home`; returns its stdout, throws with its stderr on failure. */
export function neo4jAdmin(s: ServerSettings, args: string[], opts: AdminOptions): string {
  const jvm = opts.heap ? [`-Xmx${opts.heap}`] : [];
  return execFileSync('java', [...jvm, '-cp', `${paths(s).lib}/*`, 'org.neo4j.cli.AdminTool', ...args], {
    env: { ...process.env, NEO4J_HOME: opts.home, NEO4J_CONF: path.join(opts.home, 'conf') },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * The arguments of `neo4j-admin database import full` for the CSV export in `csvDir`
 * (the command the README gives), into database `neo4j`, overwriting it.
 */
export function csvImportArgs(csvDir: string, opts: { reportFile: string; badTolerance?: number }): string[] {
  const f = (name: string) => path.join(csvDir, name);
  return [
    'database',
    'import',
    'full',
    '--overwrite-destination=true',
    '--multiline-fields=true',
    '--array-delimiter=;',
    ...(opts.badTolerance === undefined ? [] : [`--bad-tolerance=${opts.badTolerance}`]),
    `--nodes=${f(CSV_FILES.entities)}`,
    `--nodes=${f(CSV_FILES.articles)}`,
    `--relationships=${f(CSV_FILES.mentions)}`,
    `--relationships=${f(CSV_FILES.relations)}`,
    // An option after the varargs --relationships, else it would take the database name as a file.
    `--report-file=${opts.reportFile}`,
    'neo4j',
  ];
}

/** Node, relationship and property counts from the import's summary, or null if it printed none. */
export function importedCounts(stdout: string): { nodes: number; relationships: number; properties: number } | null {
  const m = /Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/.exec(stdout);
  return m ? { nodes: Number(m[1]), relationships: Number(m[2]), properties: Number(m[3]) } : null;
}
