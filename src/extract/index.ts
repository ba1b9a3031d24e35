/**
 * extract: one document in, its mentions, entities and relations out — the per-document stages in their order:
 * parse (dateline, sentences, tokens) → recognize (mentions, event frames) → resolve (keys, lists, anaphora,
 * entities) → relate (relations with evidence). Pure: same input, same output.
 */
import { analyzeClauses, type SentenceAnalysis } from '../clauses/index.js';
import { lexicon, type Lexicon } from '../lexicon/index.js';
import type { Extraction, SourceDocument } from '../model.js';
import { cutDiagnostics, DEFAULT_PARSE_OPTIONS, parseDocument, type ParseOptions } from '../parse/document.js';
import { eventFrames } from '../recognize/frames.js';
import { findMentions } from '../recognize/index.js';
import { findRelations } from '../relate/index.js';
import { resolveDocument } from '../resolve/resolve.js';

export type ExtractOptions = ParseOptions;
export const DEFAULT_EXTRACT_OPTIONS: Readonly<ExtractOptions> = DEFAULT_PARSE_OPTIONS;

/** The whole per-document analysis. */
export function extractDocument(doc: SourceDocument, lex: Lexicon = lexicon(), options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): Extraction {
  const parsed = parseDocument(doc, options);
  const candidates = findMentions(parsed, lex);
  const frames = eventFrames(parsed, candidates, lex);
  const resolved = resolveDocument(parsed, candidates, frames, lex);
  const related = findRelations(parsed, resolved.mentions, resolved.groups, frames, resolved.entities, lex);
  const { text: _text, ...meta } = parsed.doc;
  return { doc: meta, mentions: resolved.mentions, entities: related.entities, relations: related.relations, diagnostics: [...cutDiagnostics(parsed, options.maxSentenceChars), ...resolved.diagnostics, ...related.diagnostics] };
}

/** The clause analysis of a document, for `kg extract --explain`: the stages up to resolve, then the clause reader. */
export function clauseAnalysis(doc: SourceDocument, lex: Lexicon = lexicon(), options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): SentenceAnalysis[] {
  const parsed = parseDocument(doc, options);
  const candidates = findMentions(parsed, lex);
  const resolved = resolveDocument(parsed, candidates, eventFrames(parsed, candidates, lex), lex);
  return analyzeClauses(parsed, resolved.mentions, resolved.groups, lex);
}
