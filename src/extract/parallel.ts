/**
 * extract/parallel: runs the per-document analysis on a pool of worker threads (piscina), keeping document
 * order, so that the result is the one a single thread gives.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Diagnostic, Extraction, SourceDocument } from '../model.js';
import type { Limits } from './analyze.js';

export interface PoolOptions {
  threads: number;
  limits: Limits;
  /** Send mentions back from the workers (they are the bulk of an extraction); default false. */
  mentions?: boolean;
}

/** Analyses a stream of documents on `threads` workers and yields results in input order. */
export async function* analyzeParallel(docs: AsyncIterable<SourceDocument>, o: PoolOptions): AsyncGenerator<Extraction | Diagnostic> {
  const pool = extractionPool(o.threads);
  const window = o.threads * 8; // documents in flight: enough to keep workers busy, few enough to bound memory
  const pending: Array<Promise<Extraction | Diagnostic>> = [];
  try {
    for await (const doc of docs) {
      pending.push(pool.run({ doc, limits: o.limits, mentions: o.mentions ?? false }));
      if (pending.length >= window) yield await pending.shift()!;
    }
    while (pending.length) yield await pending.shift()!;
  } finally {
    await pool.destroy();
  }
}

/**
 * A pool of `threads` workers that each run one document's analysis (`pool.run({ doc, limits, mentions })`), or
 * another worker module of this folder's kind given by its URL (the benchmark's bare compromise pass).
 */
export function extractionPool(threads: number, worker?: URL): Piscina {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new Piscina({
    filename: (worker ?? new URL(`./worker${ext}`, import.meta.url)).href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: workerExecArgv(ext),
  });
}

/** Running from TypeScript sources, workers need the TypeScript loader (tsx) too, even when the parent got it otherwise. */
function workerExecArgv(ext: string): string[] {
  const argv = [...process.execArgv];
  if (ext === '.ts' && !argv.some((a) => a.includes('tsx'))) {
    // tsx's package entry ("exports": ".") is its loader, as in `node --import tsx`
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('tsx/package.json');
    const entry = (require(pkg) as { exports: { '.': string } }).exports['.'];
    argv.push('--import', pathToFileURL(path.join(path.dirname(pkg), entry)).href);
  }
  return argv;
}

/** Worker threads to use by default: one per core, when there is more than one. */
export const defaultThreads = () => Math.max(1, Math.min(os.availableParallelism(), 8));
