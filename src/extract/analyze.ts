/** extract/analyze: one document to its extraction, with failures and over-long documents as diagnostics. */
import type { Diagnostic, Extraction, SourceDocument } from '../model.js';
import { extractDocument } from './index.js';

/** Documents longer than this (characters) are skipped by default. */
export const DEFAULT_MAX_DOCUMENT_CHARS = 5_000_000;

/** Analyses one document, turning an unexpected failure into a diagnostic so the others go on. */
export function analyze(doc: SourceDocument, maxChars = DEFAULT_MAX_DOCUMENT_CHARS): Extraction | Diagnostic {
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
