/**
 * npm run bench: measures, in one run on this machine, and prints a table plus one JSON line at the end.
 *   - extraction throughput of kg's extractor against compromise's bare people()/places()/organizations() pass
 *     over the same documents (the cost floor of the NLP kg builds on), and their ratio;
 *   - extraction on worker threads (one per core) against one thread, with and without pool start-up, and, as the
 *     ceiling this machine allows, compromise's bare pass on the same threads against one;
 *   - `build` end to end (a child process) on the whole news corpus and on a tenth of it: seconds, seconds per
 *     MB and peak RSS;
 *   - ForceAtlas2 and export time at the resulting graph's size, and on a generated graph of 100,000 nodes;
 *   - Neo4j load: relationships per second batched, against one transaction per relationship, same server;
 *   - the explore page on a generated graph of 10,000 nodes and 30,000 edges, in real Chromium: time to first
 *     render, frame times while zooming with the mouse wheel and while dragging, and a full redraw at rest (what a
 *     hover costs).
 * Medians over several runs; --quick runs fewer and smaller.
 *
 * The corpus is the folder given by `--news DIR` or `KG_NEWS` (a news folder holding `wikinews-2019-2020/` and the
 * Current-events pages); without one, the 50 Wikinews articles of test/fixtures/wikinews stand in for both.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nlp from 'compromise';
import { renderPage } from '../src/explore/page.js';
import { extractDocument } from '../src/extract/index.js';
import { readDocuments } from '../src/ingest/read.js';
import { layout } from '../src/layout/layout.js';
import type { SourceDocument } from '../src/model.js';
import { launchChromium } from '../test/browser.js';
import { generatedGraph } from '../test/generated.js';
import { DEFAULT_LIMITS } from '../src/extract/analyze.js';
import type { Piscina } from 'piscina';
import { analyzeParallel, defaultThreads, extractionPool } from '../src/workers/pool.js';
import { toGexf } from '../src/export/gexf.js';
import { toJson } from '../src/export/write.js';
import { connect } from '../src/neo4j/connection.js';
import { loadGraph, loadRelationshipsBatched, loadRelationshipsOneByOne, type GraphJson } from '../src/neo4j/load.js';
import { freePort, startServer } from '../src/neo4j/server.js';
import Graph from 'graphology';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const newsFlag = process.argv.indexOf('--news');
const NEWS = newsFlag > 0 ? process.argv[newsFlag + 1] : process.env.KG_NEWS;
const SAMPLE = path.resolve('test/fixtures/wikinews');
/** The whole corpus, and its Wikinews part (the fixture sample when no corpus is given). */
const CORPUS = NEWS ?? SAMPLE;
const WIKINEWS = NEWS ? path.join(NEWS, 'wikinews-2019-2020') : SAMPLE;
if (!NEWS) console.log('bench: no --news DIR (or KG_NEWS): measuring on the 50 Wikinews articles of test/fixtures/wikinews; the README figures are for the whole news folder.');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const results: Record<string, number> = {};
const rows: Array<[string, string]> = [];
const record = (name: string, value: number, unit: string) => {
  results[name] = Math.round(value * 1000) / 1000;
  rows.push([name, `${value.toLocaleString('en', { maximumFractionDigits: 3 })} ${unit}`]);
};

async function corpus(limit: number, dir = WIKINEWS): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const item of readDocuments([dir])) if ('doc' in item && docs.length < limit) docs.push(item.doc);
  return docs;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

async function extraction() {
  const docs = await corpus(quick ? 40 : 295);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  // warm both up once
  extractDocument(docs[0]);
  nlp(docs[0].text).people();
  const bare: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    bare.push(time(() => {
      for (const d of docs) {
        const doc = nlp(d.text);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
      }
    }));
    ours.push(time(() => {
      for (const d of docs) extractDocument(d);
    }));
  }
  record('corpus_chars', chars, 'characters');
  record('compromise_bare_chars_per_s', chars / median(bare), 'chars/s');
  record('kg_extract_chars_per_s', chars / median(ours), 'chars/s');
  record('kg_vs_compromise_ratio', median(bare) / median(ours), '×');

  // the same documents on worker threads (pool start-up and warm-up included), against one thread
  const threads = Math.max(2, defaultThreads());
  const cold = async (n: number, of = docs) => {
    const t0 = performance.now();
    async function* source() {
      yield* of;
    }
    for await (const x of analyzeParallel(source(), { threads: n, limits: DEFAULT_LIMITS })) void x;
    return (performance.now() - t0) / 1000;
  };
  const parallel: number[] = [];
  const single: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    parallel.push(await cold(threads));
    single.push(await cold(1));
  }
  record('extract_threads', threads, 'threads');
  record('kg_extract_workers_chars_per_s', chars / median(parallel), 'chars/s');
  record('workers_vs_one_thread_ratio', median(ours) / median(parallel), '×');
  // both from a cold start (a fresh pool of one worker against a fresh pool of `threads`): what `kg build
  // --threads 1` and `--threads N` see; each worker loads the code and warms V8's optimizing compiler itself
  record('kg_extract_one_worker_cold_chars_per_s', chars / median(single), 'chars/s');
  record('workers_vs_one_worker_both_cold_ratio', median(single) / median(parallel), '×');
  if (!quick) {
    // the same on the whole news corpus, where each worker's fixed warm-up weighs less
    const all = await corpus(Infinity, CORPUS);
    const allChars = all.reduce((n, d) => n + d.text.length, 0);
    const [p, o]: number[][] = [[], []];
    for (let r = 0; r < RUNS; r++) {
      p.push(await cold(threads, all));
      o.push(await cold(1, all));
    }
    record('whole_corpus_chars', allChars, 'characters');
    record('kg_extract_whole_one_worker_cold_chars_per_s', allChars / median(o), 'chars/s');
    record('kg_extract_whole_workers_cold_chars_per_s', allChars / median(p), 'chars/s');
    record('workers_vs_one_worker_both_cold_whole_ratio', median(o) / median(p), '×');
  }

  // the same on pools already started and warmed by one untimed pass over the documents, and, as the machine's
  // ceiling for the NLP we build on, compromise's bare pass on the same number of worker threads against its
  // one-thread figure above
  const steady = await warmedPoolSeconds(await extractionPool(threads), docs.map((doc) => ({ doc, limits: DEFAULT_LIMITS, mentions: false })));
  record('kg_extract_workers_steady_chars_per_s', chars / steady, 'chars/s');
  record('workers_steady_vs_one_thread_ratio', median(ours) / steady, '×');
  const bareWorkers = await warmedPoolSeconds(await extractionPool(threads, new URL('./bench-bare-worker.ts', import.meta.url)), docs.map((d) => ({ text: d.text })));
  record('compromise_bare_workers_vs_one_thread_ratio', median(bare) / bareWorkers, '×');
}

/** Median seconds to run all tasks on a pool warmed by one untimed run of them all; destroys the pool. */
async function warmedPoolSeconds(pool: Piscina, tasks: unknown[]): Promise<number> {
  try {
    await Promise.all(tasks.map((t) => pool.run(t)));
    const runs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await Promise.all(tasks.map((t) => pool.run(t)));
      runs.push((performance.now() - t0) / 1000);
    }
    return median(runs);
  } finally {
    await pool.destroy();
  }
}

/** Runs `kg build` in a child process; returns seconds and peak RSS (MB). */
function runBuild(inputs: string[], out: string): { seconds: number; rssMb: number; summary: string } {
  const t0 = performance.now();
  const r = spawnSync(path.resolve('node_modules/.bin/tsx'), ['src/cli.ts', 'build', ...inputs, '--out', out], { encoding: 'utf8', env: { ...process.env, KG_REPORT_RSS: '1' }, maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`build failed: ${r.stderr.slice(-2000)}`);
  const rss = /peak RSS (\d+) KB/.exec(r.stderr);
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN, summary: r.stdout.trim() };
}

/** The graph of the whole news corpus, built once (for `--only neo4j`). */
function wholeGraph(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'kg-bench-build-'));
  runBuild([CORPUS], out);
  return path.join(out, 'graph.json');
}

async function endToEnd(): Promise<string> {
  const all: SourceDocument[] = [];
  for await (const item of readDocuments([CORPUS])) if ('doc' in item) all.push(item.doc);
  const tenthDir = mkdtempSync(path.join(tmpdir(), 'kg-bench-tenth-'));
  const tenth = all.filter((_, i) => i % 10 === 0);
  writeFileSync(path.join(tenthDir, 'tenth.jsonl'), tenth.map((d) => `${JSON.stringify({ id: d.id, text: d.text, date: d.date, title: d.title, url: d.url })}\n`).join(''));
  const mb = (docs: SourceDocument[]) => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
  const out = mkdtempSync(path.join(tmpdir(), 'kg-bench-build-'));
  const t = [...Array(RUNS)].map(() => runBuild([tenthDir], out));
  const w = quick ? [] : [...Array(Math.min(RUNS, 2))].map(() => runBuild([CORPUS], out));
  record('build_tenth_documents', tenth.length, 'documents');
  record('build_tenth_s', median(t.map((x) => x.seconds)), 's');
  record('build_tenth_s_per_mb', median(t.map((x) => x.seconds)) / mb(tenth), 's/MB');
  record('build_tenth_peak_rss_mb', Math.max(...t.map((x) => x.rssMb)), 'MB');
  if (w.length) {
    record('build_whole_documents', all.length, 'documents');
    record('build_whole_s', median(w.map((x) => x.seconds)), 's');
    record('build_whole_s_per_mb', median(w.map((x) => x.seconds)) / mb(all), 's/MB');
    record('build_whole_peak_rss_mb', Math.max(...w.map((x) => x.rssMb)), 'MB');
    record('build_whole_vs_tenth_s_per_mb_ratio', median(w.map((x) => x.seconds)) / mb(all) / (median(t.map((x) => x.seconds)) / mb(tenth)), '×');
    rows.push(['build_whole_summary', w[0].summary]);
  }
  return path.join(out, 'graph.json');
}

/** Layout and export at a graph's size. */
function layoutAndExport(name: string, graph: ReturnType<typeof generatedGraph>) {
  let t0 = performance.now();
  layout.assign(graph);
  record(`${name}_fa2_s`, (performance.now() - t0) / 1000, 's');
  t0 = performance.now();
  toGexf(graph);
  toJson(graph);
  record(`${name}_export_gexf_json_s`, (performance.now() - t0) / 1000, 's');
}

async function neo4jLoad(graphFile: string) {
  const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as GraphJson;
  const home = mkdtempSync(path.join(tmpdir(), 'kg-bench-neo4j-'));
  const server = await startServer({ home, port: await freePort(), password: 'kg-bench-password', detached: false });
  const driver = await connect({ uri: server.uri, username: 'neo4j', password: 'kg-bench-password' });
  try {
    const wipe = () => driver.executeQuery('MATCH (n) DETACH DELETE n');
    const batched: number[] = [];
    const single: number[] = [];
    // batched: every relationship of the graph, as `kg load` writes them; one transaction each: the first 1,000
    // (a rate does not need more, and 1,000 transactions take long enough); compared as relationships per second
    const all = { ...graph, edges: graph.edges.slice(0, quick ? 1000 : 20_000) };
    const some = { ...graph, edges: graph.edges.slice(0, quick ? 200 : 1000) };
    // the nodes are loaded first, untimed; then the relationships, batched or one transaction each
    for (let r = 0; r < RUNS; r++) {
      await wipe();
      await loadGraph(driver, { ...graph, edges: [] });
      const t0 = performance.now();
      const n = await loadRelationshipsBatched(driver, all);
      batched.push(n / ((performance.now() - t0) / 1000));
      await wipe();
      await loadGraph(driver, { ...graph, edges: [] });
      const t1 = performance.now();
      const m = await loadRelationshipsOneByOne(driver, some);
      single.push(m / ((performance.now() - t1) / 1000));
    }
    record('neo4j_relationships_batched', all.edges.length, 'relationships');
    record('neo4j_relationships_one_tx', some.edges.length, 'relationships');
    record('neo4j_batched_rels_per_s', median(batched), 'rels/s');
    record('neo4j_one_tx_per_rel_rels_per_s', median(single), 'rels/s');
    record('neo4j_batched_vs_one_tx_ratio', median(batched) / median(single), '×');
  } finally {
    await driver.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

/** A random graph shaped like kg's: categories, predicates, evidence; seeded. */
/** Records the time between animation frames in window.__frames (a string: no bundler helpers in the page). */
const FRAME_RECORDER = `(() => {
  window.__frames = []; let last = performance.now();
  function tick() { const now = performance.now(); window.__frames.push(now - last); last = now; if (window.__frames.length < 2000) requestAnimationFrame(tick); }
  requestAnimationFrame(tick);
})()`;

/** Times five full redraws of the page's renderer (window.kg), each finished by a pixel read that waits for WebGL. */
const FULL_REDRAW = `(() => {
  const r = window.kg.renderer; const out = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now(); r.refresh();
    for (const gl of [r.webGLContexts.nodes, r.webGLContexts.edges]) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    out.push(performance.now() - t);
  }
  return out;
})()`;

async function explore() {
  const n = quick ? 2000 : 10_000;
  const m = quick ? 6000 : 30_000;
  const graph = generatedGraph(n, m);
  let t0 = performance.now();
  layout.assign(graph, { iterations: quick ? 50 : 100 });
  record(`layout_fa2_${n}_nodes_s`, (performance.now() - t0) / 1000, 's');
  t0 = performance.now();
  const html = renderPage(graph);
  record(`page_render_${n}_nodes_s`, (performance.now() - t0) / 1000, 's');
  record('page_size_mb', html.length / 1e6, 'MB');
  record('page_nodes', graph.order, 'nodes');
  record('page_edges', graph.size, 'edges');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kg-bench-')), 'index.html');
  writeFileSync(file, html);
  const browser = await launchChromium();
  const firstRender: number[] = [];
  const frames: number[] = [];
  const redraws: number[] = [];
  const panFrames: number[] = [];
  try {
    for (let r = 0; r < RUNS; r++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const start = Date.now();
      await page.goto(`file://${file}`);
      await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      firstRender.push((Date.now() - start) / 1000);
      // zoom in and out with the mouse wheel, as a person would, timing every frame
      await page.evaluate(FRAME_RECORDER);
      await page.mouse.move(640, 400);
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, i < 10 ? -200 : 200);
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(300);
      const times = (await page.evaluate('window.__frames')) as number[];
      frames.push(...times.slice(2, -2));
      // pan: drag the graph across the canvas
      await page.evaluate(FRAME_RECORDER);
      await page.mouse.down();
      for (let i = 0; i < 30; i++) await page.mouse.move(640 + (i < 15 ? i : 30 - i) * 20, 400 + (i < 15 ? i : 30 - i) * 8, { steps: 2 });
      await page.mouse.up();
      await page.waitForTimeout(300);
      panFrames.push(...((await page.evaluate('window.__frames')) as number[]).slice(2, -2));
      // a full redraw at rest (what hovering or selecting costs): refresh, then wait for the GPU by reading a pixel
      redraws.push(...((await page.evaluate(FULL_REDRAW)) as number[]));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  record(`page_first_render_${n}_nodes_s`, median(firstRender), 's');
  record('page_zoom_frame_ms_median', median(frames), 'ms');
  record('page_zoom_frame_ms_p95', pct(frames, 0.95), 'ms');
  record('page_pan_frame_ms_median', median(panFrames), 'ms');
  record('page_pan_frame_ms_p95', pct(panFrames, 0.95), 'ms');
  record('page_full_redraw_ms_median', median(redraws), 'ms');
}

// `--only extraction` / `--only explore` / `--only neo4j`: one part alone, for work on that part
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only && !['extraction', 'explore', 'neo4j'].includes(only)) throw new Error(`--only knows "extraction", "explore" and "neo4j", not "${only}"`);
if (!only || only === 'extraction') await extraction();
const builtGraph = only === 'neo4j' ? wholeGraph() : only ? '' : await endToEnd();
if (!only) {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: false }) as ReturnType<typeof generatedGraph>;
  g.import(JSON.parse(readFileSync(builtGraph, 'utf8')));
  record('built_graph_nodes', g.order, 'nodes');
  record('built_graph_edges', g.size, 'edges');
  layoutAndExport('built_graph', g);
  const n = quick ? 20_000 : 100_000;
  layoutAndExport(`generated_${n}_nodes`, generatedGraph(n, n * 3));
}
if (!only || only === 'neo4j') await neo4jLoad(builtGraph);
if (!only || only === 'explore') await explore();
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`kg benchmark (${quick ? 'quick' : 'full'}, ${RUNS} run${RUNS > 1 ? 's' : ''} each, medians) on ${process.version}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
console.log(JSON.stringify(results));

