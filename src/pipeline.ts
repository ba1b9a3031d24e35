/**
 * pipeline: the order of the stages, in one place.
 *
 *   ingest (files → SourceDocument) → extract (sentences, mentions, frames) → resolve (keys, lists, anaphora)
 *   → relations → graph (graphology, merged by key) → layout (ForceAtlas2) → export (GEXF, JSON)
 *
 * `build` streams documents: only each document's extraction is kept, never its text.
 */
import path from 'node:path';
import { KgError } from './errors.js';
import { toGexf } from './export/gexf.js';
import { toJson, writeAtomic } from './export/write.js';
import { renderPage } from './explore/page.js';
import { extractDocument } from './extract/index.js';
import { buildGraph, type KnowledgeGraph } from './graph/build.js';
import { readDocuments } from './ingest/read.js';
import { layout, type LayoutOptions } from './layout/layout.js';
import { lexicon } from './lexicon/index.js';
import type { Diagnostic, Extraction, SourceDocument } from './model.js';

export const FORMATS = ['gexf', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface BuildOptions {
  /** Files and folders to read (.txt, .jsonl, .csv). */
  inputs: string[];
  /** Output folder. */
  out: string;
  formats: Format[];
  layout: Partial<LayoutOptions>;
  /** Documents longer than this (characters) are skipped with a diagnostic. */
  maxDocumentChars: number;
  /** Called after each document. */
  onDocument?: (done: number) => void;
}

export const DEFAULT_BUILD_OPTIONS: Readonly<Omit<BuildOptions, 'onDocument'>> = Object.freeze({
  inputs: ['seeds'],
  out: 'exports',
  formats: ['gexf', 'json', 'html'] as Format[],
  layout: {},
  maxDocumentChars: 5_000_000,
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
  return null;
}

/** Analyses one document, turning an unexpected failure into a diagnostic so the others go on. */
export function analyze(doc: SourceDocument, maxChars = DEFAULT_BUILD_OPTIONS.maxDocumentChars): Extraction | Diagnostic {
  const where = `${doc.origin.file}${doc.origin.line ? `:${doc.origin.line}` : ''}`;
  if (doc.text.length > maxChars) {
    return { docId: doc.id, stage: 'extract', rule: 'extract.too-long', severity: 'error', message: `${where}: document of ${doc.text.length} characters exceeds --max-document-chars ${maxChars}; split it or raise the limit.` };
  }
  try {
    return extractDocument(doc);
  } catch (err) {
    return { docId: doc.id, stage: 'extract', rule: 'extract.failed', severity: 'error', message: `${where}: extraction failed (${(err as Error).message}); please report this document.` };
  }
}

export const isExtraction = (x: Extraction | Diagnostic): x is Extraction => 'entities' in x;

/** Reads, extracts, builds, lays out and writes. Problems with single documents are diagnostics; misuse throws KgError. */
export async function build(options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const o: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, ...options } as BuildOptions;
  const problem = validate(o);
  if (problem) throw new KgError('E_OPTION', problem, 'See `npm run kg -- build --help`.');
  const t0 = performance.now();
  lexicon(); // load once, before the first document, so that lexicon errors stop the run early
  const extractions: Extraction[] = [];
  const diagnostics: Diagnostic[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for await (const item of readDocuments(o.inputs)) {
    if ('diagnostic' in item) {
      diagnostics.push(item.diagnostic);
      skipped++;
      continue;
    }
    if (seen.has(item.doc.id)) {
      diagnostics.push({ docId: item.doc.id, stage: 'ingest', rule: 'ingest.duplicate-id', severity: 'warning', message: `${item.doc.origin.file}: document id "${item.doc.id}" seen before; this copy is skipped. Give documents unique ids.` });
      skipped++;
      continue;
    }
    seen.add(item.doc.id);
    const result = analyze(item.doc, o.maxDocumentChars);
    if (isExtraction(result)) {
      extractions.push(result);
      diagnostics.push(...result.diagnostics.filter((d) => d.severity !== 'info'));
    } else {
      diagnostics.push(result);
      skipped++;
    }
    o.onDocument?.(extractions.length + skipped);
  }
  const { graph, diagnostics: graphDiagnostics } = buildGraph(extractions);
  diagnostics.push(...graphDiagnostics.filter((d) => d.severity !== 'info'));
  layout.assign(graph, o.layout);
  const files: string[] = [];
  for (const format of o.formats) {
    const file = path.join(o.out, format === 'html' ? 'index.html' : `graph.${format}`);
    await writeAtomic(file, format === 'gexf' ? toGexf(graph) : format === 'json' ? toJson(graph) : renderPage(graph));
    files.push(file);
  }
  return { graph, files, documents: extractions.length, skipped, diagnostics, seconds: (performance.now() - t0) / 1000 };
}

/** The JSON line `kg extract --jsonl` writes for one document. */
export function extractionLine(x: Extraction): string {
  return JSON.stringify({
    id: x.doc.id,
    mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, category: m.category, form: m.form, entity: m.entity, rule: m.rule })),
    entities: x.entities.map((e) => ({ key: e.key, label: e.label, category: e.category, aliases: e.aliases, ...(e.iso3 ? { iso3: e.iso3 } : {}), ...(e.titles ? { titles: e.titles } : {}), ...(e.date ? { date: e.date } : {}) })),
    relations: x.relations.map((r) => ({ source: r.source, predicate: r.predicate, target: r.target, ...(r.eventType ? { eventType: r.eventType } : {}), evidence: r.evidence })),
  });
}
