/**
 * Global test setup: a real Neo4j for the Neo4j tests. When NEO4J_URI is set, that server is used; otherwise a
 * Neo4j 5 community server is started on a free port with a fresh data folder, and stopped afterwards.
 * In CI a Neo4j that cannot start fails the run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startServer, stopPid } from '../../src/neo4j/server.js';

export interface Neo4jTestServer {
  uri: string;
  username: string;
  password: string;
  database?: string;
  /**
   * For fault tests, when the suite started the server itself: its data folder and port, and a file holding the
   * pid of the running server (a test that kills and restarts it writes the new pid there, for the teardown).
   */
  control?: { home: string; port: number; pidFile: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestServer | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', { uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE || undefined });
    return;
  }
  if (process.env.KG_SKIP_NEO4J === '1' && !process.env.CI) {
    console.warn('kg tests: KG_SKIP_NEO4J=1 — Neo4j tests are skipped (never in CI)');
    project.provide('neo4j', null);
    return;
  }
  const home = mkdtempSync(path.join(tmpdir(), 'kg-neo4j-'));
  const password = 'kg-test-password';
  const started = Date.now();
  const port = await freePort();
  const server = await startServer({ home, port, password, detached: false, timeout: 300 });
  console.log(`kg tests: Neo4j up at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const pidFile = `${home}.pid`;
  writeFileSync(pidFile, String(server.pid));
  project.provide('neo4j', { uri: server.uri, username: 'neo4j', password, control: { home, port, pidFile } });
  return async () => {
    await server.stop();
    await stopPid(Number(readFileSync(pidFile, 'utf8'))); // a server restarted by a fault test
    rmSync(home, { recursive: true, force: true });
    rmSync(pidFile, { force: true });
  };
}
