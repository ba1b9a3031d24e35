/** extract: one document in, its mentions, entities and relations out. Pure; the order of steps is stated here. */
import { parseDateline } from '../ingest/dateline.js';
import { lexicon, type Lexicon } from '../lexicon/index.js';
import type { Diagnostic, Entity, Extraction, ParsedDocument, Relation, SourceDocument } from '../model.js';
import { resolveDocument } from '../resolve/resolve.js';
import { eventFrames } from './frames.js';
import { findMentions } from './mentions.js';
import { parseSentences } from './nlp.js';
import { nominalRelations } from './nominal.js';
import { mergeRelations, findRelations } from './relations.js';

export interface ExtractOptions {
  /** Longer runs of text without a sentence end are cut here before parsing (the parser's cost grows faster than length). */
  maxSentenceChars: number;
}

export const DEFAULT_EXTRACT_OPTIONS: Readonly<ExtractOptions> = Object.freeze({ maxSentenceChars: 3000 });

/** Reads the dateline and splits the rest of the text into sentences; the dateline is not part of any sentence. */
export function parseDocument(doc: SourceDocument, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): ParsedDocument {
  const dateline = parseDateline(doc.text);
  const withDate = dateline?.date && !doc.date ? { ...doc, date: dateline.date } : doc;
  const { sentences, cuts } = parseSentences(doc.text, dateline?.end ?? 0, doc.text.length, options.maxSentenceChars);
  return { doc: withDate, dateline, sentences, cuts };
}

/** A warning for text cut because it ran longer than a sentence may. */
function cutDiagnostics(parsed: ParsedDocument, max: number): Diagnostic[] {
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

/** Cities known to the gazetteer lie in their country: a LOCATED_IN edge, with the city's first mention as evidence. */
function gazetteerLocations(parsed: ParsedDocument, entities: Entity[], mentions: Extraction['mentions'], lex: Lexicon): Relation[] {
  const out: Relation[] = [];
  for (const e of entities) {
    if ((e.category !== 'City' && e.category !== 'Location') || !e.country) continue;
    const country = `country:${e.country}`;
    if (!entities.some((x) => x.key === country)) {
      const info = lex.countries.get(e.country);
      entities.push({ key: country, label: info?.name ?? e.country, category: 'Country', aliases: [], iso3: e.country, mentions: 0, documents: [parsed.doc.id], spans: [], rules: ['gazetteer.city-country'] });
    }
    const m = mentions.find((x) => x.entity === e.key)!;
    const rule = m.rule === 'place.apposition' ? 'located-in.apposition' : m.rule === 'proper.region' ? 'located-in.admin-region' : 'gazetteer.city-country';
    const s = parsed.sentences[m.sentence];
    out.push({
      source: e.key,
      predicate: 'LOCATED_IN',
      target: country,
      evidence: [{ document: parsed.doc.id, sentence: m.sentence, start: m.start, end: m.end, text: s ? parsed.doc.text.slice(s.start, s.end) : m.text, rule }],
    });
  }
  return out;
}

/**
 * The whole per-document analysis: dateline → sentences (compromise) → mentions → event frames →
 * resolution (keys, lists, anaphora) → relations. Same input, same output.
 */
export function extractDocument(doc: SourceDocument, lex: Lexicon = lexicon(), options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): Extraction {
  const parsed = parseDocument(doc, options);
  const candidates = findMentions(parsed, lex);
  const frames = eventFrames(parsed, candidates, lex);
  const resolved = resolveDocument(parsed, candidates, frames, lex);
  const related = findRelations({ parsed, mentions: resolved.mentions, groups: resolved.groups, frames, lex });
  const entities = resolved.entities;
  const relations = mergeRelations([...related.relations, ...nominalRelations(parsed, resolved.mentions, lex), ...gazetteerLocations(parsed, entities, resolved.mentions, lex)]);
  const { text: _text, ...meta } = parsed.doc;
  return { doc: meta, mentions: resolved.mentions, entities, relations, diagnostics: [...cutDiagnostics(parsed, options.maxSentenceChars), ...resolved.diagnostics, ...related.diagnostics] };
}
