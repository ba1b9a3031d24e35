/** relate/scope: what the relation rules of one document share — its mentions, lists and frames, and where relations, diagnostics and entities go. */
import type { SentenceAnalysis } from '../clauses/index.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Diagnostic, Entity, Evidence, EventFrame, Group, Mention, ParsedDocument, Phrase, Relation, Sentence } from '../model.js';

export type Add = (source: string, predicate: string, target: string, ev: Evidence, eventType?: string) => void;
export type MakeEvidence = (s: Sentence | undefined, rule: string, ...spans: Array<{ start: number; end: number }>) => Evidence;

/** The resolved document the relation rules read, and what they write: relations (by `add`), diagnostics, entities. */
export interface RelationScope {
  parsed: ParsedDocument;
  mentions: Mention[];
  groups: Group[];
  frames: Map<number, EventFrame>;
  lex: Lexicon;
  /** The title mentions among `mentions`. */
  titles: Mention[];
  docId: string;
  text: string;
  /** Relations read so far; `add` appends one (never from an entity to itself). */
  relations: Relation[];
  add: Add;
  /** Evidence for a relation read in sentence `s` over the given spans, with the rule that read it. */
  evidence: MakeEvidence;
  diagnostics: Diagnostic[];
  /** The document's entities; a rule that names an entity of its own (a city's country) adds it here. */
  entities: Entity[];
  /** The clause analysis of each sentence. */
  analyses: SentenceAnalysis[];
  /** Phrases a clause's reading already made an event of (the noun reader leaves them). */
  read: Set<Phrase>;
}

/** A scope over a resolved document, with nothing read yet. */
export function relationScope(parsed: ParsedDocument, mentions: Mention[], groups: Group[], frames: Map<number, EventFrame>, entities: Entity[], lex: Lexicon, analyses: SentenceAnalysis[]): RelationScope {
  const text = parsed.doc.text;
  const docId = parsed.doc.id;
  const relations: Relation[] = [];
  const evidence: MakeEvidence = (s, rule, ...spans) => {
    const start = Math.min(...spans.map((x) => x.start));
    const end = Math.max(...spans.map((x) => x.end));
    return { document: docId, sentence: s?.index ?? -1, start, end, text: s ? text.slice(s.start, s.end) : text.slice(start, end), rule };
  };
  const add: Add = (source, predicate, target, ev, eventType) => {
    if (source === target) return;
    relations.push({ source, predicate, target, ...(eventType ? { eventType } : {}), evidence: [ev] });
  };
  return { parsed, mentions, groups, frames, lex, titles: mentions.filter((m) => m.form === 'title'), docId, text, relations, add, evidence, diagnostics: [], entities, analyses, read: new Set() };
}
