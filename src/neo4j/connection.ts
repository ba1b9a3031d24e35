/** neo4j/connection: connection options from flags or the usual NEO4J_* variables, and a driver. */
import neo4j, { type Driver } from 'neo4j-driver';
import { KgError } from '../errors.js';
import { DEFAULT_SERVER_OPTIONS, localServer } from './server.js';

export interface ConnectionOptions {
  /** `bolt://`, `neo4j://` or `neo4j+s://` (Aura) URI. */
  uri: string;
  username: string;
  password: string;
  /** Database name; the server's default when undefined. */
  database?: string;
  /**
   * How long a transaction is retried, with exponential backoff, after a transient error (a lost connection, a
   * leader switch, a deadlock): the driver's managed transactions. Seconds; 30 by default.
   */
  retrySeconds?: number;
}

/** The Bolt port of a URI on this machine (127.0.0.1, localhost, ::1), else undefined. */
const localPort = (uri: string): number | undefined => {
  const m = /^(?:bolt|neo4j):\/\/(127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?\/?$/.exec(uri);
  return m ? Number(m[2] ?? 7687) : undefined;
};

/**
 * Defaults, overridden by NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, then by flags. With no
 * password given, a server on this machine is asked with the password of the server `kg neo4j start` runs on that
 * port, or else the password `neo4j start` uses by default (`kg-password`).
 */
export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env, flags: Partial<ConnectionOptions> = {}): ConnectionOptions {
  const uri = flags.uri ?? env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
  const port = localPort(uri);
  const o: ConnectionOptions = {
    uri,
    username: flags.username ?? env.NEO4J_USERNAME ?? env.NEO4J_USER ?? 'neo4j',
    password: flags.password ?? env.NEO4J_PASSWORD ?? (port ? (localServer(port)?.password ?? DEFAULT_SERVER_OPTIONS.password) : ''),
    database: flags.database ?? (env.NEO4J_DATABASE || undefined),
    retrySeconds: flags.retrySeconds,
  };
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(o.uri)) throw new KgError('E_OPTION', `not a Neo4j URI: ${o.uri}`, 'Use bolt://host:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io (Aura).');
  if (!o.password) throw new KgError('E_OPTION', `no Neo4j password for ${o.uri}`, 'Set NEO4J_PASSWORD (or --password).');
  return o;
}

/** Opens a driver and checks that the server answers, with a clear message when it does not. */
export async function connect(o: ConnectionOptions): Promise<Driver> {
  const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password), { disableLosslessIntegers: true, connectionTimeout: 15_000, maxTransactionRetryTime: (o.retrySeconds ?? 30) * 1000 });
  try {
    await driver.verifyConnectivity({ database: o.database });
  } catch (err) {
    await driver.close();
    const e = err as { code?: string; message: string };
    if (e.code === 'Neo.ClientError.Security.Unauthorized') throw new KgError('E_OPTION', `Neo4j at ${o.uri} refused user "${o.username}": wrong password`, 'Check NEO4J_USERNAME and NEO4J_PASSWORD.');
    throw new KgError('E_NEO4J', `cannot reach Neo4j at ${o.uri} (${e.message})`, 'Start one with `npm run neo4j:start` or `docker compose up -d`, or set NEO4J_URI.');
  }
  return driver;
}
