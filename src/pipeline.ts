/**
 * pipeline: the order of the stages, in one place.
 *
 *   ingest (files → SourceDocument)
 *   → extract, per document (on worker threads for large inputs): parse → recognize → resolve → relate
 *   → link (which keys of the corpus are one entity, and why; the user's corrections)
 *   → graph (graphology, merged by key) → layout (ForceAtlas2) → export (GEXF, JSON, GraphML, CSV) and explore (HTML)
 *
 * `build` streams documents: only each document's extraction is kept, never its text.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { KgError } from './errors.js';
import { toGexf } from './export/gexf.js';
import { toGraphml } from './export/graphml.js';
import { toCsvFiles } from './export/csv.js';
import { toJson, writeAtomic } from './export/write.js';
import { renderPage } from './explore/page.js';
import { analyze, DEFAULT_LIMITS, isExtraction, type Limits } from './extract/analyze.js';
import { parseExtractionLine } from './extract/jsonl.js';
import { buildGraph, type KnowledgeGraph } from './graph/build.js';
import { inputSizes, readDocuments, readJsonlStream } from './ingest/read.js';
import { layout, type LayoutOptions } from './layout/layout.js';
import { parseCorrections, type Corrections } from './link/corrections.js';
import { lexicon } from './lexicon/index.js';
import type { Diagnostic, Extraction, SourceDocument } from './model.js';
import { analyzeParallel, defaultThreads } from './workers/pool.js';

export const FORMATS = ['gexf', 'json', 'html', 'graphml', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** `maxDocumentChars` and `maxSentenceChars` (see Limits) bound what one document and one sentence may hold. */
export interface BuildOptions extends Limits {
  /** Files and folders to read (.txt, .jsonl, .csv). */
  inputs: string[];
  /** Output folder. */
  out: string;
  formats: Format[];
  layout: Partial<LayoutOptions>;
  /** Build from `kg extract --jsonl` output files instead of reading documents (shard and merge). */
  fromExtractions?: string[];
  /** A corrections file for entity resolution (CSV: action,entity,other; see src/link/corrections.ts). */
  resolve?: string;
  /** Worker threads for extraction; inferred when undefined: one per core for inputs over 1 MB, else 1. */
  threads?: number;
  /** Called after each document with the count so far, the characters read, and the file it came from. */
  onDocument?: (done: number, chars: number, file: string) => void;
}

export const DEFAULT_BUILD_OPTIONS: Readonly<Omit<BuildOptions, 'onDocument'>> = Object.freeze({
  inputs: ['seeds'],
  out: 'exports',
  formats: ['gexf', 'json', 'html'] as Format[],
  layout: {},
  ...DEFAULT_LIMITS,
});

export interface BuildResult {
  graph: KnowledgeGraph;
  files: string[];
  documents: number;
  skipped: number;
  diagnostics: Diagnostic[];
  seconds: number;
}

function validate(o: BuildOptions): string | null {
  if (!o.inputs.length) return 'no input given';
  for (const f of o.formats) if (!(FORMATS as readonly string[]).includes(f)) return `unknown format "${f}" (known: ${FORMATS.join(', ')})`;
  if (!(o.maxDocumentChars > 0)) return 'maxDocumentChars must be positive';
  if (!(o.maxSentenceChars >= 100)) return 'maxSentenceChars must be at least 100';
  return null;
}

export { analyze, isExtraction, DEFAULT_LIMITS };
export { extractionLine } from './extract/jsonl.js';

/** One writer per output format. */
const WRITERS: Record<Exclude<Format, 'csv'>, (graph: KnowledgeGraph) => string> = { gexf: toGexf, json: toJson, html: renderPage, graphml: toGraphml };

/** Threads to use: as asked, else one per core when the input is large enough to pay for starting workers. */
async function inferThreads(o: BuildOptions): Promise<number> {
  if (o.threads !== undefined) return Math.max(1, Math.floor(o.threads));
  let bytes = 0;
  for (const size of (await inputSizes(o.inputs)).values()) bytes += size;
  return bytes > 1_000_000 ? defaultThreads() : 1;
}

/** Extractions from `kg extract --jsonl` files; a bad line is a diagnostic naming file and line. */
async function* readExtractions(files: string[], diagnostics: Diagnostic[]): AsyncGenerator<Extraction> {
  for (const file of files) {
    if (!existsSync(file)) throw new KgError('E_INPUT_MISSING', `extraction file not found: ${file}`, 'Give the files that `kg extract --jsonl` wrote.');
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      try {
        yield parseExtractionLine(line, { file, line: n });
      } catch (err) {
        diagnostics.push({ docId: `${path.basename(file)}:${n}`, stage: 'ingest', rule: 'ingest.bad-extraction', severity: 'error', message: (err as Error).message.replace(/^kg: /, '') });
      }
    }
  }
}

/** The corrections file of `--resolve`, read before any document so that a bad line stops the run at once. */
function readCorrections(file: string): Corrections {
  if (!existsSync(file)) throw new KgError('E_INPUT_MISSING', `corrections file not found: ${file}`, 'Give a CSV file with the header "action,entity,other" (see the README, "Correcting entity resolution").');
  return parseCorrections(readFileSync(file, 'utf8'), file);
}

/** Reads, extracts, builds, lays out and writes. Problems with single documents are diagnostics; misuse throws KgError. */
export async function build(options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const o: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, ...options } as BuildOptions;
  const problem = validate(o);
  if (problem) throw new KgError('E_OPTION', problem, 'See `npm run kg -- build --help`.');
  const t0 = performance.now();
  const corrections = o.resolve ? readCorrections(o.resolve) : undefined;
  lexicon(); // load once, before the first document, so that lexicon errors stop the run early
  const extractions: Extraction[] = [];
  const diagnostics: Diagnostic[] = [];
  let skipped = 0;
  let chars = 0;
  const seen = new Set<string>();
  const keep = (x: Extraction) => {
    if (seen.has(x.doc.id)) {
      diagnostics.push({ docId: x.doc.id, stage: 'ingest', rule: 'ingest.duplicate-id', severity: 'warning', message: `${x.doc.origin.file}: document id "${x.doc.id}" seen before; this copy is skipped. Give documents unique ids.` });
      skipped++;
      return;
    }
    seen.add(x.doc.id);
    // the graph needs entities and relations; mentions (which grow with the text) are let go here
    extractions.push({ ...x, mentions: [] });
    diagnostics.push(...x.diagnostics.filter((d) => d.severity !== 'info'));
  };

  if (o.fromExtractions?.length) {
    for await (const x of readExtractions(o.fromExtractions, diagnostics)) {
      keep(x);
      o.onDocument?.(extractions.length + skipped, chars, x.doc.origin.file);
    }
    skipped += diagnostics.filter((d) => d.rule === 'ingest.bad-extraction').length;
  } else {
    const threads = await inferThreads(o);
    const ingestProblems: Diagnostic[] = [];
    async function* documents(): AsyncGenerator<SourceDocument> {
      for await (const item of readDocuments(o.inputs, o)) {
        if ('diagnostic' in item) ingestProblems.push(item.diagnostic);
        else {
          chars += item.doc.text.length;
          yield item.doc;
        }
      }
    }
    const results =
      threads > 1
        ? analyzeParallel(documents(), { threads, limits: { maxDocumentChars: o.maxDocumentChars, maxSentenceChars: o.maxSentenceChars } })
        : (async function* () {
            for await (const doc of documents()) yield analyze(doc, o);
          })();
    for await (const result of results) {
      if (isExtraction(result)) keep(result);
      else {
        diagnostics.push(result);
        skipped++;
      }
      o.onDocument?.(extractions.length + skipped, chars, isExtraction(result) ? result.doc.origin.file : '');
    }
    diagnostics.push(...ingestProblems);
    skipped += ingestProblems.filter((d) => d.severity === 'error').length;
  }
  const { graph, diagnostics: graphDiagnostics } = buildGraph(extractions, { corrections });
  diagnostics.push(...graphDiagnostics.filter((d) => d.severity !== 'info'));
  layout.assign(graph, o.layout);
  const files: string[] = [];
  for (const format of o.formats) {
    if (format === 'csv') {
      // the neo4j-admin import set, in <out>/csv/
      for (const [name, content] of toCsvFiles(graph)) await writeAtomic(path.join(o.out, 'csv', name), content);
      files.push(path.join(o.out, 'csv/'));
      continue;
    }
    const file = path.join(o.out, format === 'html' ? 'index.html' : `graph.${format}`);
    await writeAtomic(file, WRITERS[format](graph));
    files.push(file);
  }
  return { graph, files, documents: extractions.length, skipped, diagnostics, seconds: (performance.now() - t0) / 1000 };
}

/**
 * `kg extract`: each document of the inputs (or of JSON lines on a stream) with its extraction, or the diagnostic
 * that stopped it, in input order, as it is read (so a corpus of any size streams through).
 */
export async function* extractDocuments(source: readonly string[] | NodeJS.ReadableStream, limits: Partial<Limits> = {}): AsyncGenerator<{ doc?: SourceDocument; result: Extraction | Diagnostic }> {
  const l: Limits = { ...DEFAULT_LIMITS, ...limits };
  const items = Array.isArray(source) ? readDocuments(source as readonly string[], l) : readJsonlStream(source as NodeJS.ReadableStream, 'stdin');
  for await (const item of items) {
    if ('diagnostic' in item) yield { result: item.diagnostic };
    else yield { doc: item.doc, result: analyze(item.doc, l) };
  }
}

/** The line `kg build` prints when it is done (the README quotes it; a test keeps them equal). */
export function buildSummary(files: string[], documents: number, skipped: number, nodes: number, edges: number, seconds: number): string {
  return `kg: built ${files.join(', ')} from ${documents} document(s)${skipped ? `, ${skipped} skipped` : ''}: ${nodes} nodes, ${edges} edges in ${seconds.toFixed(1)}s`;
}
