/**
 * kg document model: the types every stage reads and writes.
 *
 * SourceDocument → ParsedDocument → Candidate[] → Mention[] + Entity[] → Relation[] → Graph.
 * The document owns the text; sentences, tokens and mentions are offset views
 * `[start, end)` into `SourceDocument.text` (UTF-16 code units, as `String#slice`).
 */

/** Entity classes. `Group` is a collective of a country ("Syrian rebels"), `Event` a meeting or talks, `Proposal` a plan or proposal. */
export const CATEGORIES = ['Person', 'Country', 'City', 'Location', 'Organization', 'Group', 'Event', 'Proposal'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How an entity is named at one place in the text. */
export type MentionForm = 'name' | 'alias' | 'demonym' | 'title' | 'pronoun';

/** A document as read from disk, before any analysis. */
export interface SourceDocument {
  id: string;
  text: string;
  /** ISO date `YYYY-MM-DD` when known (metadata or dateline). */
  date?: string;
  title?: string;
  url?: string;
  /** Where the document came from, for messages: file and (for JSONL/CSV) 1-based line. */
  origin: { file: string; line?: number };
}

/** A dateline such as ` date 2021-09-17 DUSHANBE - `, kept out of the first sentence. */
export interface Dateline {
  start: number;
  end: number;
  date?: string;
  city?: { text: string; start: number; end: number };
}

/** One token, converted once from compromise's term (see parse/nlp.ts). */
export interface Token {
  /** Surface text without surrounding punctuation. */
  text: string;
  /** Lower-cased text with a possessive `'s` removed. */
  norm: string;
  /** Lemma where compromise knows one (verbs' infinitive, nouns' singular), else `norm`. */
  root: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after, as in the text. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  possessive: boolean;
  /** What compromise's lexicon says of the lower-cased word (a tag such as `Adjective`), if it knows it. */
  lexical?: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the paragraph (block separated by blank lines) holding the sentence. */
  paragraph: number;
  tokens: Token[];
}

export interface ParsedDocument {
  doc: SourceDocument;
  dateline?: Dateline;
  sentences: Sentence[];
  /** Offsets where over-long text without a sentence end was cut before parsing. */
  cuts: number[];
}

/** A span of text that names an entity. `entity` is filled by the resolve stage. */
export interface Mention {
  docId: string;
  start: number;
  end: number;
  text: string;
  category: Category;
  form: MentionForm;
  /** Index of the sentence holding the mention. */
  sentence: number;
  /** Token range `[first, last)` in that sentence. */
  tokens: [number, number];
  /** Canonical entity key, e.g. `person:wang-yi`, `country:CHN`. */
  entity: string;
  /** Id of the rule that produced the mention. */
  rule: string;
  /** People: titles met in front of the name ("Foreign Minister"). */
  titles?: string[];
  /** People: the country whose demonym or name qualifies the title (ISO3). */
  represents?: { iso3: string; start: number; end: number; rule: string };
  /** Events: a date found for the event. */
  date?: string;
  /** Several entities named together ("the four countries"): their keys. */
  members?: string[];
}

/** A mention before resolution (what the recognize stage gives): the gazetteer may already know its key. */
export interface Candidate extends Omit<Mention, 'entity'> {
  key?: string;
  label?: string;
  /** Higher wins an overlap of equal length. */
  priority: number;
}

/** What the text says around an event or proposal noun: its topic, its place and its date. */
export interface EventFrame {
  topic?: Candidate;
  place?: Candidate;
  date?: string;
  dateRule?: string;
}

/** A list of entities named together: "China, Russia, Pakistan and Iran". */
export interface Group {
  sentence: number;
  start: number;
  end: number;
  /** Extended spans: a person's span starts at its title. */
  members: Mention[];
}

/** Where a relation or a mention was read: document, sentence index and character span. */
export interface Evidence {
  document: string;
  sentence: number;
  start: number;
  end: number;
  /** The sentence text, for people reading the graph. */
  text: string;
  rule: string;
  /** The rule that decided the relation's factuality, when it is not a plain fact. */
  factualityRule?: string;
  /** What the rule read besides the text: the dictionary entry and dated role behind an official's country. */
  basis?: string;
}

export interface Entity {
  key: string;
  label: string;
  category: Category;
  aliases: string[];
  titles?: string[];
  iso3?: string;
  /** Cities and places: ISO3 of the country they are in; groups: the country they are of. */
  country?: string;
  /** Groups: their sector, as the event coders' agents dictionary codes it (REB rebels, COP police, OPP opposition, …). */
  sector?: string;
  date?: string;
  mentions: number;
  documents: string[];
  /** Where it is named: `document#sSENTENCE[start:end]`, one per mention (sentence -1: the dateline). */
  spans: string[];
  /** The rules that produced its mentions. */
  rules: string[];
  /** Why each alias names it: `ALIAS ← RULE: SPAN` (the first mention of each alias). */
  mergedBy?: string[];
}

export interface Relation {
  source: string;
  predicate: string;
  target: string;
  /** The PLOVER category of the event (events only). */
  eventType?: string;
  /** The CAMEO code of the event and PLOVER's mode for it, where the vocabulary gives them. */
  cameo?: string;
  mode?: string;
  /** Not a plain fact: what the sentence does with it (absent: asserted). */
  factuality?: Exclude<Factuality, 'asserted'>;
  evidence: Evidence[];
}

/**
 * Whether an event happened, as the sentence gives it: stated as fact, said not to have happened, intended
 * (planned, promised, future), the content of a demand, or only reported by someone other than the actor.
 */
export type Factuality = 'asserted' | 'negated' | 'intended' | 'demanded' | 'reported';
export const FACTUALITIES: readonly Factuality[] = ['asserted', 'negated', 'intended', 'demanded', 'reported'];

/** A noun phrase of a sentence, as the clause reader reads it: its tokens, head word, and the entities it names. */
export interface Phrase {
  sentence: number;
  /** Token range `[first, last]`, inclusive, and character span. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Index of the head word (the last noun). */
  head: number;
  /** The entities it names: one, the members of a list, or what a pronoun or anaphor stands for. */
  members: Mention[];
  /** A pronoun ("it", "they") or an anaphor, resolved to `members` by the rule `via`. */
  pronoun?: string;
  via?: string;
  /** "Israel's strikes": the possessor's phrase. */
  possessor?: Phrase;
}

/** The verb group of a clause: auxiliaries, modals, negation, the verb and its particle. */
export interface Predicate {
  first: number;
  last: number;
  /** The main verb (or the adjective of "is willing to", "is opposed to"). */
  head: number;
  lemma: string;
  particle?: string;
  passive: boolean;
  negated: boolean;
  /** The modal or future marker of the group ("will", "may", "should", "is to"). */
  modal?: string;
  infinitive: boolean;
  gerund: boolean;
  copula: boolean;
}

export type ClauseKind = 'main' | 'coordinate' | 'relative' | 'complement' | 'adverbial' | 'infinitive' | 'participle';

/** One clause of a sentence: its predicate, its arguments, and how it hangs on the clause it depends on. */
export interface Clause {
  sentence: number;
  /** Index among the sentence's clauses, in text order. */
  index: number;
  kind: ClauseKind;
  predicate: Predicate;
  subject?: Phrase;
  /** How the subject was found when it is not written before the verb: coordination, control, relative pronoun. */
  subjectVia?: string;
  object?: Phrase;
  /** A second object ("gave Ukraine aid"). */
  object2?: Phrase;
  /** Prepositional arguments after the verb, in order. */
  preps: Array<{ prep: string; at: number; phrase: Phrase }>;
  /** The clause this one depends on, by index, and the word that joins them ("that", "to", "who", "after"). */
  parent?: number;
  link?: string;
  /** A relative clause: the phrase it modifies. */
  modifies?: Phrase;
  /** A verb coordinated with an earlier one ("should support …, push …"): that clause, by index. */
  conjunct?: number;
  /** First token after the clause. */
  end: number;
  factuality: Factuality;
  factualityRule: string;
}

/**
 * A rule of a stage's registry: an id (every output it makes carries a rule id that starts with it, or one of
 * `emits`), what it does, and the function a stage's loop runs, in registry order.
 */
export interface Rule<Scope, Out> {
  id: string;
  about: string;
  /** Rule ids it writes that do not start with its id. */
  emits?: readonly string[];
  run(scope: Scope): Out;
}

/** A problem in the data, collected per document (never thrown). */
export interface Diagnostic {
  docId: string;
  start?: number;
  end?: number;
  stage: 'ingest' | 'extract' | 'resolve' | 'graph' | 'layout' | 'export';
  rule: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** What the extract + resolve stages give for one document. */
export interface Extraction {
  doc: Omit<SourceDocument, 'text'>;
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  diagnostics: Diagnostic[];
}
