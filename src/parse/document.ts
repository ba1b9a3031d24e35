/** parse/document: a source document to sentences of tokens — its dateline read first, the rest parsed by compromise. */
import { parseDateline } from '../ingest/dateline.js';
import type { Diagnostic, ParsedDocument, SourceDocument } from '../model.js';
import { parseSentences } from './nlp.js';

export interface ParseOptions {
  /** Longer runs of text without a sentence end are cut here before parsing (the parser's cost grows faster than length). */
  maxSentenceChars: number;
}

export const DEFAULT_PARSE_OPTIONS: Readonly<ParseOptions> = Object.freeze({ maxSentenceChars: 3000 });

/** Reads the dateline and splits the rest of the text into sentences; the dateline is not part of any sentence. */
export function parseDocument(doc: SourceDocument, options: ParseOptions = DEFAULT_PARSE_OPTIONS): ParsedDocument {
  const dateline = parseDateline(doc.text);
  const withDate = dateline?.date && !doc.date ? { ...doc, date: dateline.date } : doc;
  const { sentences, cuts } = parseSentences(doc.text, dateline?.end ?? 0, doc.text.length, options.maxSentenceChars);
  return { doc: withDate, dateline, sentences, cuts };
}

/** A warning for text cut because it ran longer than a sentence may. */
export function cutDiagnostics(parsed: ParsedDocument, max: number): Diagnostic[] {
  if (!parsed.cuts.length) return [];
  const { doc } = parsed;
  const where = `${doc.origin.file}${doc.origin.line ? `:${doc.origin.line}` : ''}`;
  return [
    {
      docId: doc.id,
      start: parsed.cuts[0],
      stage: 'extract',
      rule: 'extract.long-sentence',
      severity: 'warning',
      message: `${where}: ${parsed.cuts.length} run(s) of text longer than --max-sentence-chars ${max} without a sentence end, cut at character ${parsed.cuts.join(', ')}; relations across a cut are not found.`,
    },
  ];
}
