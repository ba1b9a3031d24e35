/** extract/analyze: one document to its extraction, with failures and over-long documents as diagnostics. */
import { lexicon } from '../lexicon/index.js';
import type { Diagnostic, Extraction, SourceDocument } from '../model.js';
import { DEFAULT_EXTRACT_OPTIONS, extractDocument } from './index.js';

/** How much text one document, and one sentence, may hold: options with defaults, never crashes. */
export interface Limits {
  /** Longer documents (characters) are skipped with a diagnostic. */
  maxDocumentChars: number;
  /** Longer runs of text without a sentence end are cut before parsing, with a warning. */
  maxSentenceChars: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({ maxDocumentChars: 5_000_000, maxSentenceChars: DEFAULT_EXTRACT_OPTIONS.maxSentenceChars });

/** Analyses one document, turning an unexpected failure into a diagnostic so the others go on. */
export function analyze(doc: SourceDocument, limits: Limits = DEFAULT_LIMITS): Extraction | Diagnostic {
  const where = `${doc.origin.file}${doc.origin.line ? `:${doc.origin.line}` : ''}`;
  if (doc.text.length > limits.maxDocumentChars) {
    return { docId: doc.id, stage: 'extract', rule: 'extract.too-long', severity: 'error', message: `${where}: document of ${doc.text.length} characters exceeds --max-document-chars ${limits.maxDocumentChars}; split it or raise the limit.` };
  }
  try {
    return extractDocument(doc, lexicon(), { maxSentenceChars: limits.maxSentenceChars });
  } catch (err) {
    return { docId: doc.id, stage: 'extract', rule: 'extract.failed', severity: 'error', message: `${where}: extraction failed (${(err as Error).message}); please report this document.` };
  }
}

export const isExtraction = (x: Extraction | Diagnostic): x is Extraction => 'entities' in x;
