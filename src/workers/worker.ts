/** workers/worker: the per-document analysis in a worker thread (run by the piscina pool of workers/pool.ts). */
import type { Diagnostic, Extraction, SourceDocument } from '../model.js';
import { analyze, isExtraction, type Limits } from '../extract/analyze.js';

/** Analyses one document; mentions stay in the worker unless asked for (the graph does not need them). */
export default function extractInWorker({ doc, limits, mentions }: { doc: SourceDocument; limits: Limits; mentions: boolean }): Extraction | Diagnostic {
  const result = analyze(doc, limits);
  return isExtraction(result) && !mentions ? { ...result, mentions: [] } : result;
}
