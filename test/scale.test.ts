/** Scale: worker threads give the single-thread result, and shards extracted apart merge into the single build's graph. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.js';
import { runnableWorker, workerExecArgv } from '../src/workers/pool.js';
import { ROOT } from './helpers.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'kg-scale-'));
const news = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/news-sentences.json'), 'utf8')).cases as Array<{ text: string; date?: string; source: string }>;

describe('scale', () => {
  let shardA: string;
  let shardB: string;
  let all: string;
  beforeAll(() => {
    // two shards of a corpus: the seed plus the news sentences, split in two files in two folders
    const a = tmp();
    const b = tmp();
    const line = (c: (typeof news)[number], i: number) => `${JSON.stringify({ id: `news-${String(i).padStart(2, '0')}`, text: c.text, date: c.date, title: c.source })}\n`;
    writeFileSync(path.join(a, 'a.jsonl'), news.slice(0, 18).map(line).join(''));
    writeFileSync(path.join(b, 'b.jsonl'), news.slice(18).map((c, i) => line(c, i + 18)).join(''));
    execFileSync('cp', [path.join(ROOT, 'seeds/000_cf50b3a85d0d2923.txt'), b]);
    shardA = a;
    shardB = b;
    all = tmp();
    execFileSync('sh', ['-c', `cp ${a}/* ${b}/* ${all}/`]);
  });

  it('gives the same graph with worker threads as with one thread', async () => {
    const one = tmp();
    const two = tmp();
    await build({ inputs: [all], out: one, formats: ['json'], threads: 1 });
    await build({ inputs: [all], out: two, formats: ['json'], threads: 2 });
    expect(readFileSync(path.join(two, 'graph.json'), 'utf8')).toBe(readFileSync(path.join(one, 'graph.json'), 'utf8'));
  }, 120_000);

  it('runs workers from one esbuild bundle of the sources, without the TypeScript loader', async () => {
    const worker = await runnableWorker(new URL('../src/workers/worker.ts', import.meta.url));
    expect(worker.filename).toMatch(/\/node_modules\/\.cache\/kg\/worker-[0-9a-f]{16}\.mjs$/);
    expect(worker.execArgv?.join(' ') ?? '').not.toMatch(/tsx/);
    // the same sources give the same bundle (no rewrite per run); data files resolve from src/lexicon
    expect((await runnableWorker(new URL('../src/workers/worker.ts', import.meta.url))).filename).toBe(worker.filename);
    const { default: extract } = await import(worker.filename);
    const doc = { id: 'w', text: 'Russian Foreign Minister Sergei Lavrov met Wang Yi in Dushanbe on Tuesday.', origin: { file: 'w.txt' } };
    const x = extract({ doc, limits: { maxDocumentChars: 10_000, maxSentenceChars: 3000 }, mentions: false });
    expect(x.relations.map((r: { predicate: string; target: string }) => `${r.predicate} ${r.target}`)).toContain('REPRESENTS country:RUS');
  });

  it("passes workers the parent's Node options except tsx's loader and what Node refuses in a worker (V8 flags)", () => {
    const parent = ['--require', '/p/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///p/node_modules/tsx/dist/loader.mjs', '--max-old-space-size=3000', '--no-warnings', '--conditions', 'dev', '--stack-trace-limit=50', '--import', 'tsx', '--eval', 'main()'];
    expect(workerExecArgv(parent)).toEqual(['--no-warnings', '--conditions', 'dev']);
  });

  it('merges `kg extract --jsonl` shards into the graph a single build makes', async () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const cli = path.join(ROOT, 'src/cli.ts');
    const out = tmp();
    const la = path.join(out, 'a.extract.jsonl');
    const lb = path.join(out, 'b.extract.jsonl');
    writeFileSync(la, execFileSync(tsx, [cli, 'extract', '--jsonl', shardA], { cwd: ROOT, encoding: 'utf8' }));
    writeFileSync(lb, execFileSync(tsx, [cli, 'extract', '--jsonl', shardB], { cwd: ROOT, encoding: 'utf8' }));
    const merged = tmp();
    const single = tmp();
    await build({ fromExtractions: [lb, la], inputs: ['unused'], out: merged, formats: ['json', 'gexf'] });
    await build({ inputs: [all], out: single, formats: ['json', 'gexf'], threads: 1 });
    for (const f of ['graph.json', 'graph.gexf']) expect(readFileSync(path.join(merged, f), 'utf8')).toBe(readFileSync(path.join(single, f), 'utf8'));
  }, 120_000);

  it('names the file and line of a bad extraction line and goes on', async () => {
    const dir = tmp();
    const f = path.join(dir, 'x.jsonl');
    writeFileSync(f, `{"id":"a","entities":[],"relations":[]}\n{broken\n{"id":"b"}\n`);
    const r = await build({ fromExtractions: [f], out: dir, formats: ['json'] });
    expect(r.documents).toBe(1);
    expect(r.skipped).toBe(2);
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining(`${f}:2: not valid JSON`), expect.stringContaining(`${f}:3: not an extraction line`)]);
  });
});
