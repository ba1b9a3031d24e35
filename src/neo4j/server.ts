/**
 * neo4j/server: starts and stops a real Neo4j 5 community server without Docker — Neo4j's embedded API with
 * the Bolt connector (neo4j/server, built by Maven from Neo4j's artifacts on Maven Central), on Java 17.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { KgError } from '../errors.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER_DIR = path.join(ROOT, 'neo4j', 'server');
const JAR = path.join(SERVER_DIR, 'target', 'kg-neo4j-server.jar');

export interface ServerOptions {
  /** Folder for the database files (gitignored). */
  home: string;
  port: number;
  password: string;
  /** Keep running after this process exits (for `npm run neo4j:start`). */
  detached: boolean;
  /** Seconds to wait for Bolt to answer. */
  timeout: number;
}

export const DEFAULT_SERVER_OPTIONS: Readonly<ServerOptions> = Object.freeze({
  home: path.join(ROOT, '.neo4j', 'data'),
  port: 7687,
  password: process.env.NEO4J_PASSWORD ?? 'kg-password',
  detached: true,
  timeout: 180,
});

const LOG = path.join(ROOT, '.neo4j', 'server.log');
/**
 * What a running server started by kg is (pid, URI, data folder, password), one file per Bolt port, readable by
 * the owner only: `kg load` and `kg query` find the password of a local server there, and `neo4j stop` the pid.
 */
const stateFile = (port: number) => path.join(ROOT, '.neo4j', `server-${port}.json`);
interface ServerState {
  pid: number;
  uri: string;
  home: string;
  password: string;
}

/** The state of the server kg started on this local Bolt port, if one is running. */
export function localServer(port: number): ServerState | undefined {
  const file = stateFile(port);
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as ServerState;
    return alive(state.pid) ? state : undefined;
  } catch {
    return undefined;
  }
}

export interface RunningServer {
  uri: string;
  pid: number;
  password: string;
  child?: ChildProcess;
  stop(): Promise<void>;
}

const SOURCES = [path.join(SERVER_DIR, 'pom.xml'), path.join(SERVER_DIR, 'src', 'main', 'java', 'kg', 'neo4j', 'Server.java')];

/** Builds the server jar with Maven when it is missing or older than its sources. */
export function ensureServerBuilt(): void {
  const built = existsSync(JAR) && existsSync(path.join(SERVER_DIR, 'target', 'lib')) ? statSync(JAR).mtimeMs : 0;
  if (built && SOURCES.every((f) => statSync(f).mtimeMs <= built)) return;
  const r = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: SERVER_DIR, stdio: 'inherit' });
  if (r.error || r.status !== 0) {
    throw new KgError('E_OPTION', `could not build the Neo4j server (mvn ${r.error ? r.error.message : `exit ${r.status}`})`, 'Install Java 17 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven); Maven Central must be reachable.');
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitForBolt(uri: string, password: string, seconds: number, pid: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < deadline) {
    if (!alive(pid)) throw new KgError('E_OPTION', `the Neo4j server exited during start-up (${last})`, `See ${LOG} or the output above.`);
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (err) {
      last = (err as Error).message;
    } finally {
      await driver.close();
    }
    await sleep(500);
  }
  throw new KgError('E_OPTION', `Neo4j did not answer on ${uri} within ${seconds}s (${last})`, `See ${LOG}.`);
}

/** Stops a server process: SIGTERM (a clean shutdown), SIGKILL when it has not exited after `seconds`. */
export async function stopPid(pid: number, seconds = 60): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + seconds * 1000;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

/** Starts a server and waits until Bolt answers. */
export async function startServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const o: ServerOptions = { ...DEFAULT_SERVER_OPTIONS, ...options };
  if (o.password.length < 8) throw new KgError('E_OPTION', 'the Neo4j password must have at least 8 characters', 'Set NEO4J_PASSWORD to a longer password.');
  ensureServerBuilt();
  mkdirSync(path.dirname(LOG), { recursive: true });
  const uri = `bolt://127.0.0.1:${o.port}`;
  const args = ['-Xmx2g', '-cp', `${JAR}${path.delimiter}${path.join(SERVER_DIR, 'target', 'lib', '*')}`, 'kg.neo4j.Server', '--home', o.home, '--port', String(o.port), '--password', o.password];
  let child: ChildProcess;
  if (o.detached) {
    const log = openSync(LOG, 'a');
    child = spawn('java', args, { detached: true, stdio: ['ignore', log, log] });
    closeSync(log);
    child.unref();
  } else {
    child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.resume();
    child.stderr?.on('data', (d) => process.stderr.write(d));
  }
  const pid = child.pid;
  if (!pid) throw new KgError('E_OPTION', 'could not start java', 'Install Java 17 (Debian: apt-get install openjdk-17-jdk-headless).');
  try {
    await waitForBolt(uri, o.password, o.timeout, pid);
  } catch (err) {
    await stopPid(pid);
    throw err;
  }
  writeFileSync(stateFile(o.port), JSON.stringify({ pid, uri, home: o.home, password: o.password } satisfies ServerState), { mode: 0o600 });
  const stop = async () => {
    await stopPid(pid);
    if (localServer(o.port)?.pid === undefined) rmSync(stateFile(o.port), { force: true });
  };
  return { uri, pid, password: o.password, child: o.detached ? undefined : child, stop };
}

/** What `kg neo4j start` prints (the README quotes it; a test keeps them equal). */
export const startedMessage = (s: Pick<RunningServer, 'uri' | 'pid'>) =>
  `kg: Neo4j is up at ${s.uri} (pid ${s.pid}); user neo4j, and \`kg load\` and \`kg query\` find its password. Stop it with \`npm run neo4j:stop\`.`;

/** Stops the server that `startServer` started on this port. Returns false when none was running. */
export async function stopServer(port: number = DEFAULT_SERVER_OPTIONS.port): Promise<boolean> {
  const file = stateFile(port);
  if (!existsSync(file)) return false;
  const { pid } = JSON.parse(readFileSync(file, 'utf8')) as ServerState;
  const running = alive(pid);
  await stopPid(pid);
  rmSync(file, { force: true });
  return running;
}
