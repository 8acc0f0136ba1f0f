/**
 * The one place that opens Neo4j drivers. Reads NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD
 * (default bolt://127.0.0.1:7687 without auth, the local server of `pnpm neo4j:start`) and
 * turns connection and authentication failures into one clear line.
 */
import neo4j, { type Driver, type Session, type SessionConfig } from 'neo4j-driver';

export interface ConnectionSettings {
  uri: string;
  username?: string;
  password?: string;
}

/** A function that opens sessions: lets the loader and queries run on any driver (or a test's). */
export type SessionFactory = (config?: SessionConfig) => Session;

export const DEFAULT_URI = 'bolt://127.0.0.1:7687';

/** Connection settings from the environment. */
export function connectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  return { uri: env.NEO4J_URI || DEFAULT_URI, username: env.NEO4J_USERNAME || undefined, password: env.NEO4J_PASSWORD || undefined };
}

/** A failure to reach or log in to Neo4j, with a message fit for one line on the terminal. */
export class Neo4jConnectError extends Error {
  override name = 'Neo4jConnectError';
}

/**
 * One line explaining why `uri` could not be used (exported for tests and other CLIs);
 * `anonymous`: no user name was given, so a refusal means the server wants one.
 */
export function describeConnectError(err: unknown, uri: string, anonymous = false): string {
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return anonymous
      ? `neo4j: Neo4j at ${uri} requires authentication: set NEO4J_USERNAME and NEO4J_PASSWORD (${message})`
      : `neo4j: authentication failed at ${uri}: check NEO4J_USERNAME and NEO4J_PASSWORD (${message})`;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect|unavailable/i.test(message))
    return `neo4j: cannot reach Neo4j at ${uri}: start the local server with \`pnpm neo4j:start\`, or set NEO4J_URI to a running server`;
  return `neo4j: cannot use Neo4j at ${uri}: ${message}`;
}

/**
 * Opens a driver and checks that the server answers and accepts the credentials.
 * Throws Neo4jConnectError with one clear line otherwise.
 */
export async function connect(settings: ConnectionSettings = connectionSettings()): Promise<Driver> {
  const auth = settings.username ? neo4j.auth.basic(settings.username, settings.password ?? '') : undefined;
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, auth, { disableLosslessIntegers: false, connectionTimeout: 5000 });
  } catch (err) {
    throw new Neo4jConnectError(describeConnectError(err, settings.uri));
  }
  try {
    await driver.verifyAuthentication().then((ok) => {
      if (!ok) throw Object.assign(new Error('credentials rejected'), { code: 'Neo.ClientError.Security.Unauthorized' });
    });
  } catch (err) {
    await driver.close();
    throw new Neo4jConnectError(describeConnectError(err, settings.uri, !settings.username));
  }
  return driver;
}

/** Session factory of a driver (write access unless the config says otherwise). */
export const sessionsOf =
  (driver: Driver): SessionFactory =>
  (config) =>
    driver.session(config);

export { neo4j };
