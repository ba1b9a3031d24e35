/**
 * workers/pool: runs the per-document analysis on a pool of worker threads (piscina), keeping document
 * order, so that the result is the one a single thread gives.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, type Plugin } from 'esbuild';
import { Piscina } from 'piscina';
import type { Diagnostic, Extraction, SourceDocument } from '../model.js';
import type { Limits } from '../extract/analyze.js';

export interface PoolOptions {
  threads: number;
  limits: Limits;
  /** Send mentions back from the workers (they are the bulk of an extraction); default false. */
  mentions?: boolean;
}

/** Analyses a stream of documents on `threads` workers and yields results in input order. */
export async function* analyzeParallel(docs: AsyncIterable<SourceDocument>, o: PoolOptions): AsyncGenerator<Extraction | Diagnostic> {
  const pool = await extractionPool(o.threads);
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
 * another worker module given by its URL (the benchmark's bare compromise pass).
 */
export async function extractionPool(threads: number, worker = new URL(`./worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url)): Promise<Piscina> {
  return new Piscina({ ...(await runnableWorker(worker)), minThreads: threads, maxThreads: threads });
}

/**
 * The worker as plain JavaScript. Run from TypeScript sources (through tsx), each worker would otherwise start
 * tsx's loader (a thread of its own) and compile every module again: the worker and what it imports are bundled
 * once with esbuild instead (about 60 ms), into node_modules/.cache/kg under a name given by the content, so that
 * the packages it uses resolve from there as they do from src/. Compiled JavaScript is run as it is; where the
 * cache cannot be written, workers load the sources through tsx as the main thread does.
 */
export async function runnableWorker(worker: URL): Promise<{ filename: string; execArgv?: string[] }> {
  const entry = fileURLToPath(worker);
  if (!entry.endsWith('.ts')) return { filename: worker.href };
  const out = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent', plugins: [keepModuleUrls] });
  const code = out.outputFiles[0].contents;
  const dir = path.join(projectRoot(entry), 'node_modules', '.cache', 'kg');
  const file = path.join(dir, `${path.basename(entry, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  try {
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`; // renamed into place whole, so a concurrent run never reads half a file
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    return { filename: pathToFileURL(file).href, execArgv: workerExecArgv(process.execArgv) };
  } catch {
    return { filename: worker.href, execArgv: [...workerExecArgv(process.execArgv), '--import', tsxLoader()] };
  }
}

/**
 * The parent's Node options for a bundled worker, less tsx's loader (`--require …/tsx/…`, `--import tsx`), which
 * plain JavaScript does not need, less the parent's own script (`--eval …`), and less what Node refuses in a
 * worker's options: V8 flags such as `--max-old-space-size` are process-wide, so they apply to workers already.
 */
export function workerExecArgv(argv: string[]): string[] {
  const tsx = /^tsx(\/|$)|[/\\]tsx[/\\]/; // `--import tsx`, `--require …/node_modules/tsx/dist/preflight.cjs`
  const kept: string[][] = [];
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '--require' || argv[i] === '--import' || argv[i] === '-r') && tsx.test(argv[i + 1] ?? '')) i++;
    else if (/^--(require|import)=/.test(argv[i]) && tsx.test(argv[i].replace(/^--\w+=/, ''))) continue;
    else if (['-e', '--eval', '-p', '--print'].includes(argv[i])) i++;
    else if (/^-/.test(argv[i]) && argv[i + 1] !== undefined && !argv[i].includes('=') && !/^-/.test(argv[i + 1])) kept.push([argv[i], argv[++i]]);
    else kept.push([argv[i]]);
  }
  return kept.filter(acceptedByWorkers).flat();
}

/** Whether Node takes these options in a worker's execArgv (it throws at once if not; a worker it takes is stopped). */
function acceptedByWorkers(option: string[]): boolean {
  try {
    void new Worker('', { eval: true, execArgv: option, stdout: true, stderr: true }).terminate();
    return true;
  } catch {
    return false;
  }
}

/** tsx's loader (its package entry, as in `node --import tsx`), for workers that load TypeScript sources. */
function tsxLoader(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('tsx/package.json');
  const entry = (require(pkg) as { exports: { '.': string } }).exports['.'];
  return pathToFileURL(path.join(path.dirname(pkg), entry)).href;
}

/** Each bundled module keeps its own `import.meta.url`, which it reads its data files and packages relative to. */
const keepModuleUrls: Plugin = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({ contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' }));
  },
};

/** The nearest folder above `file` that has node_modules (where the worker's packages resolve from). */
function projectRoot(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(file);
  }
}

/** Worker threads to use by default: one per core, when there is more than one. */
export const defaultThreads = () => Math.max(1, Math.min(os.availableParallelism(), 8));
