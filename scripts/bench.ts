/**
 * npm run bench: measures, in one run on this machine, and prints a table plus one JSON line at the end.
 *   - extraction throughput of kg's extractor against compromise's bare people()/places()/organizations() pass
 *     over the same documents (the cost floor of the NLP kg builds on), and their ratio;
 *   - the explore page on a generated graph of 10,000 nodes and 30,000 edges, in real Chromium: time to first
 *     render and frame times while zooming.
 * Medians over several runs; --quick runs fewer and smaller.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from 'node:os';
import path from 'node:path';
import nlp from 'compromise';
import seedrandom from 'seedrandom';
import { renderPage } from '../src/explore/page.js';
import { extractDocument } from '../src/extract/index.js';
import { buildGraph } from '../src/graph/build.js';
import { readDocuments } from '../src/ingest/read.js';
import { layout } from '../src/layout/layout.js';
import { CATEGORIES, type Extraction, type SourceDocument } from '../src/model.js';
import { launchChromium } from '../test/browser.js';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const SHARED = process.env.KG_SHARED ?? path.resolve('..', 'shared');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const results: Record<string, number> = {};
const rows: Array<[string, string]> = [];
const record = (name: string, value: number, unit: string) => {
  results[name] = Math.round(value * 1000) / 1000;
  rows.push([name, `${value.toLocaleString('en', { maximumFractionDigits: 3 })} ${unit}`]);
};

async function corpus(limit: number): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const item of readDocuments([path.join(SHARED, 'data/news/wikinews-2019-2020')])) if ('doc' in item && docs.length < limit) docs.push(item.doc);
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
}

/** A random graph shaped like kg's: categories, predicates, evidence; seeded. */
function generatedGraph(nodes: number, edges: number) {
  const rng = seedrandom('bench');
  const cats = CATEGORIES;
  const preds = ['MET_WITH', 'URGED', 'SUPPORTS', 'CRITICIZED', 'REPRESENTS', 'ATTENDED'];
  const entities = Array.from({ length: nodes }, (_, i) => ({ key: `n${i}`, label: `Entity ${i}`, category: cats[Math.floor(rng() * cats.length)], aliases: [], mentions: 1, documents: ['d'], rules: ['bench'] }));
  const relations = Array.from({ length: edges }, (_, i) => {
    const a = Math.floor(rng() * nodes);
    let b = Math.floor(Math.pow(rng(), 2) * nodes);
    if (b === a) b = (a + 1) % nodes;
    return { source: `n${a}`, predicate: preds[i % preds.length], target: `n${b}`, evidence: [{ document: 'd', sentence: i, start: 0, end: 10, text: `Sentence ${i}.`, rule: 'bench' }] };
  });
  const x: Extraction = { doc: { id: 'd', date: '2025-01-01', origin: { file: 'bench' } }, mentions: [], entities, relations, diagnostics: [] };
  return buildGraph([x]).graph;
}

/** Records the time between animation frames in window.__frames (a string: no bundler helpers in the page). */
const FRAME_RECORDER = `(() => {
  window.__frames = []; let last = performance.now();
  function tick() { const now = performance.now(); window.__frames.push(now - last); last = now; if (window.__frames.length < 2000) requestAnimationFrame(tick); }
  requestAnimationFrame(tick);
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
      await page.close();
    }
  } finally {
    await browser.close();
  }
  record(`page_first_render_${n}_nodes_s`, median(firstRender), 's');
  record('page_zoom_frame_ms_median', median(frames), 'ms');
  record('page_zoom_frame_ms_p95', pct(frames, 0.95), 'ms');
}

await extraction();
await explore();
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`kg benchmark (${quick ? 'quick' : 'full'}, ${RUNS} run${RUNS > 1 ? 's' : ''} each, medians) on ${process.version}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
console.log(JSON.stringify(results));

