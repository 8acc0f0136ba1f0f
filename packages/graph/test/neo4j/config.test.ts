/** The server manager's pure parts: neo4j.conf and the java command line. */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { javaArgs, mavenArgs, renderConf, serverSettings, versionOfJars } from '../../src/neo4j/server/config.js';

const s = { ...serverSettings({}), home: '/tmp/kg-home' };

describe('server config', () => {
  it('renders the template: local-only listeners, directories under the home, auth off, no usage report', () => {
    const conf = renderConf(fs.readFileSync(`${s.pomDir}/neo4j.conf.template`, 'utf8'), s);
    for (const line of [
      'server.default_listen_address=127.0.0.1',
      'server.bolt.listen_address=127.0.0.1:7687',
      'server.http.listen_address=127.0.0.1:7474',
      'server.directories.data=/tmp/kg-home/data',
      'server.directories.logs=/tmp/kg-home/logs',
      'server.directories.run=/tmp/kg-home/run',
      'dbms.usage_report.enabled=false',
      'dbms.security.auth_enabled=false',
      'server.memory.pagecache.size=512m',
    ])
      expect(conf.split('\n')).toContain(line);
    expect(conf).not.toMatch(/\{\{/);
  });

  it('rejects an unknown placeholder', () => {
    expect(() => renderConf('x={{nope}}', s)).toThrow('neo4j server: unknown placeholder {{nope}}');
  });

  it('takes the ports from KG_NEO4J_BOLT_PORT / KG_NEO4J_HTTP_PORT, and names the variable on a bad one', () => {
    expect(serverSettings({})).toMatchObject({ boltPort: 7687, httpPort: 7474 });
    expect(serverSettings({ KG_NEO4J_BOLT_PORT: '7701', KG_NEO4J_HTTP_PORT: '7702' })).toMatchObject({ boltPort: 7701, httpPort: 7702 });
    expect(() => serverSettings({ KG_NEO4J_BOLT_PORT: 'x' })).toThrow(/invalid port "x" in KG_NEO4J_BOLT_PORT/);
    expect(() => serverSettings({ KG_NEO4J_HTTP_PORT: '70000' })).toThrow(/invalid port "70000"/);
  });

  it('starts the Community entry point on the lib/ classpath with a bounded heap', () => {
    const args = javaArgs(s);
    expect(args.slice(0, 2)).toEqual(['-Xms2g', '-Xmx2g']);
    expect(args.slice(-5)).toEqual([
      '-cp',
      '/tmp/kg-home/lib/*',
      'org.neo4j.server.CommunityEntryPoint',
      '--home-dir=/tmp/kg-home',
      '--config-dir=/tmp/kg-home/conf',
    ]);
    expect(mavenArgs(s)).toContain('-Dneo4j.version=[5.26.0,5.27.0)');
  });

  it('reads the version from the jar names', () => {
    expect(versionOfJars(['neo4j-kernel-5.26.30.jar', 'neo4j-5.26.30.jar'])).toBe('5.26.30');
    expect(versionOfJars(['neo4j-kernel-5.26.30.jar'])).toBeNull();
  });
});
