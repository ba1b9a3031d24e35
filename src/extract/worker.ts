/** extract/worker: the per-document analysis in a worker thread (run by the piscina pool in extract/parallel.ts). */
import { analyze } from './analyze.js';
import type { Diagnostic, Extraction, SourceDocument } from '../model.js';

export default function extractInWorker({ doc, maxChars }: { doc: SourceDocument; maxChars: number }): Extraction | Diagnostic {
  return analyze(doc, maxChars);
}
