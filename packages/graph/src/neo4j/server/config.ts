/**
 * Where the local Neo4j server lives and how it is started: pure functions from settings
 * to paths, neo4j.conf text and the java command line. The I/O is in manager.ts.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Settings of the local server; every field has a default (see serverSettings). */
export interface ServerSettings {
  /** Git-ignored home: lib/ (jars), conf/, data/, logs/, run/. */
  home: string;
  /** Directory holding the tiny pom.xml and the neo4j.conf template. */
  pomDir: string;
  /** A Maven version or range; the default range picks the newest 5.26.x (LTS, Java 17). */
  version: string;
  boltPort: number;
  httpPort: number;
  /** JVM heap (-Xmx): sized for a 2-core / 24 GB box; the page cache comes on top. */
  heap: string;
  pagecache: string;
  /** How long start waits for Bolt to answer. */
  readyTimeoutMs: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));
/** Repository root: packages/graph/src/neo4j/server → five levels up. */
export const REPO_ROOT = resolve(here, '../../../../..');

/** A TCP port from the environment, or the default; anything else is a clear error. */
function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`invalid port "${value}" in KG_NEO4J_BOLT_PORT/KG_NEO4J_HTTP_PORT (want 1–65535)`);
  return n;
}

/**
 * Settings from the environment (KG_NEO4J_HOME, KG_NEO4J_BOLT_PORT, KG_NEO4J_HTTP_PORT, NEO4J_VERSION,
 * NEO4J_HEAP, NEO4J_PAGECACHE). The ports let a second server run beside the default one.
 */
export function serverSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    home: resolve(env.KG_NEO4J_HOME ?? join(REPO_ROOT, '.neo4j')),
    pomDir: join(REPO_ROOT, 'packages/graph/neo4j'),
    version: env.NEO4J_VERSION ?? '[5.26.0,5.27.0)',
    boltPort: port(env.KG_NEO4J_BOLT_PORT, 7687),
    httpPort: port(env.KG_NEO4J_HTTP_PORT, 7474),
    heap: env.NEO4J_HEAP ?? '2g',
    pagecache: env.NEO4J_PAGECACHE ?? '512m',
    readyTimeoutMs: 120_000,
  };
}

export const paths = (s: ServerSettings) => ({
  lib: join(s.home, 'lib'),
  conf: join(s.home, 'conf', 'neo4j.conf'),
  pidFile: join(s.home, 'run', 'kg-neo4j.pid'),
  consoleLog: join(s.home, 'logs', 'console.log'),
  template: join(s.pomDir, 'neo4j.conf.template'),
});

/** neo4j.conf text: the template with {{home}}, {{boltPort}}, {{httpPort}}, {{pagecache}} filled in. */
export function renderConf(template: string, s: ServerSettings): string {
  const values: Record<string, string> = {
    home: s.home,
    boltPort: String(s.boltPort),
    httpPort: String(s.httpPort),
    pagecache: s.pagecache,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => {
    if (!(key in values)) throw new Error(`neo4j server: unknown placeholder ${m} in neo4j.conf.template`);
    return values[key];
  });
}

/**
 * JVM flags of the stock neo4j.conf (server.jvm.additional), which the entry point ignores
 * when called directly, so they are passed here.
 */
export const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

/** Arguments of `java` that start the Community server in the foreground of its own process. */
export function javaArgs(s: ServerSettings): string[] {
  const p = paths(s);
  return [`-Xms${s.heap}`, `-Xmx${s.heap}`, ...JVM_FLAGS, '-cp', `${p.lib}/*`, ENTRY_POINT, `--home-dir=${s.home}`, `--config-dir=${join(s.home, 'conf')}`];
}

/** Arguments of `mvn` that copy the server jars (cached in ~/.m2) into home/lib. */
export function mavenArgs(s: ServerSettings): string[] {
  return [
    '-q',
    '-f',
    join(s.pomDir, 'pom.xml'),
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${paths(s).lib}`,
    `-Dneo4j.version=${s.version}`,
  ];
}

/** The Neo4j version of the jars in lib/, read from the main jar's name (neo4j-5.26.30.jar). */
export function versionOfJars(files: string[]): string | null {
  for (const f of files) {
    const m = /^neo4j-(\d+\.\d+\.\d+)\.jar$/.exec(f);
    if (m) return m[1];
  }
  return null;
}
