/**
 * extract/relations: reads relations between resolved mentions. Verb patterns come from
 * lexicon/data/relations.json; structural rules (titles, event frames, lists) are named functions here.
 * Every relation carries its evidence: document, sentence, span and the rule that made it.
 */
import { lexicon, type Lexicon, type RelationPattern } from '../lexicon/index.js';
import type { Category, Diagnostic, Evidence, Mention, ParsedDocument, Relation, Sentence, Token } from '../model.js';
import { ACTORS, extendedStart, type Group } from '../resolve/resolve.js';
import type { EventFrame } from './frames.js';
import { isCap } from './tokens.js';

const MODALS = new Set(['should', 'will', 'would', 'can', 'could', 'must', 'may', 'might', 'shall', 'also', 'not', 'jointly', 'further', 'to', 'have', 'has', 'had', 'did', 'do', 'does', 'then', 'later', 'again', 'never', 'already', 'reportedly', 'formally', 'officially', 'strongly', 'repeatedly', 'earnestly']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'finally', 'lastly']);
const COMPLEMENTIZERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'whether', 'if', 'because', 'although', 'while', 'when']);
const DEFAULT_TARGETS: Category[] = ['Person', 'Country', 'Organization'];

/** A unit that can stand as subject or object: one mention or a coordinated list. */
interface Unit {
  start: number;
  end: number;
  /** Token range in the sentence. */
  first: number;
  last: number;
  members: Mention[];
}

/** Relations of one document, with diagnostics for what could not be attached. */
export interface RelationResult {
  relations: Relation[];
  diagnostics: Diagnostic[];
}

function tokenIndexAt(s: Sentence, offset: number, fromEnd = false): number {
  if (fromEnd) {
    for (let i = s.tokens.length - 1; i >= 0; i--) if (s.tokens[i].end <= offset) return i;
    return -1;
  }
  return s.tokens.findIndex((t) => t.start >= offset);
}

/** Subjects and objects of a sentence: lists first, then single mentions not in a list. */
function unitsOf(s: Sentence, mentions: Mention[], groups: Group[], titles: Mention[], memberHeads: Set<string>): Unit[] {
  const qualifiers = new Set(mentions.filter((m) => m.represents && m.sentence === s.index).map((m) => m.represents!.start));
  const inSentence = mentions.filter((m) => m.sentence === s.index && m.form !== 'title' && !qualifiers.has(m.start));
  const units: Unit[] = [];
  const covered = new Set<Mention>();
  for (const g of groups.filter((x) => x.sentence === s.index)) {
    g.members.forEach((m) => covered.add(m));
    units.push({ start: g.start, end: g.end, first: tokenIndexAt(s, g.start), last: tokenIndexAt(s, g.end, true), members: g.members });
  }
  const bySpan = new Map<string, Mention[]>();
  for (const m of inSentence) {
    if (covered.has(m)) continue;
    const k = `${m.start}:${m.end}`;
    bySpan.set(k, [...(bySpan.get(k) ?? []), m]); // a group anaphor stands for several entities at one span
  }
  for (const ms of bySpan.values()) {
    const start = Math.min(...ms.map((m) => extendedStart(m, titles)));
    // "Sergei Lavrov, the Russian foreign minister, met ...": the unit runs to the end of the trailing title
    const trailing = ms[0].rule === 'title.appositive' ? titles.filter((t) => t.entity === ms[0].entity && t.sentence === s.index && t.start > ms[0].end) : [];
    const end = Math.max(ms[0].end, ...trailing.map((t) => t.end));
    units.push({ start, end, first: tokenIndexAt(s, start), last: tokenIndexAt(s, end, true), members: ms });
  }
  // "Russian forces", "the Chadian government": a demonym with a head noun acts for its country;
  // "Boko Haram militants", "Rapid Support Forces fighters": an organisation's members act for it
  for (const u of units) {
    const next = s.tokens[u.last + 1];
    if (!next || /[,;:()"]/.test(s.tokens[u.last].post)) continue;
    const demonyms = u.members.every((m) => m.form === 'demonym') && METONYMIC_HEADS.has(next.norm);
    const members = u.members.every((m) => m.category === 'Organization' && m.form !== 'demonym') && memberHeads.has(next.norm);
    if (demonyms || members) {
      u.last++;
      u.end = next.end;
    }
  }
  return units.sort((a, b) => a.start - b.start);
}

/** Nouns after a demonym that make it stand for the country ("Russian forces", "the Afghan government"). */
const METONYMIC_HEADS = new Set(['forces', 'troops', 'military', 'army', 'navy', 'government', 'authorities', 'officials', 'police', 'side', 'delegation', 'people', 'leaders', 'ministry', 'drones', 'jets', 'warplanes', 'soldiers', 'diplomats', 'parliament', 'lawmakers', 'courts', 'court', 'president', 'regime']);

/** News present tense right after a name, which the tagger reads as a noun: "Saudi Arabia and Syria sign agreements". */
function headlineVerbAt(toks: Token[], i: number, isLemma: (word: string) => boolean): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  return t.tags.has('Noun') && !t.tags.has('Verb') && (isLemma(t.norm) || (t.norm.endsWith('s') && isLemma(t.norm.slice(0, -1)))) && !!prev && isCap(prev) && !prev.possessive && !/[,;:()]/.test(prev.post) && !isCap(t);
}

/** Does the verb phrase of `pattern` start at token `i`? Returns the index after it. */
function phraseAt(toks: Token[], i: number, pattern: RelationPattern): number {
  const [lemma, ...rest] = pattern.phrase;
  const t = toks[i];
  const headlineVerb = headlineVerbAt(toks, i, (w) => w === lemma);
  if (!t.tags.has('Verb') && !headlineVerb && !(t.tags.has('Noun') && toks[i - 1] && BE.has(toks[i - 1].norm))) return -1;
  if (t.root !== lemma && t.norm !== lemma && !headlineVerb) return -1;
  let j = i + 1;
  for (const w of rest) {
    // "hold talks with", "put forward": intervening adverbs are allowed before a particle
    while (toks[j] && toks[j].tags.has('Adverb') && toks[j].norm !== w) j++;
    // "meets in Damascus with": a short place or time phrase may stand before the preposition
    if (toks[j]?.norm !== w && toks[j]?.tags.has('Preposition') && w !== 'that') {
      let k = j + 1;
      while (k < toks.length && k - j <= 4 && toks[k].norm !== w && !toks[k].tags.has('Verb') && !/[;:]/.test(toks[k - 1].post)) k++;
      if (toks[k]?.norm === w && k - j <= 4) j = k;
    }
    if (toks[j]?.norm !== w) return -1;
    j++;
  }
  return j;
}

/** The rule a capital standing for its country's government leaves on the relation ("Beijing urged Washington"). */
const METONYMY = 'capital-metonymy';

/**
 * The members of a unit that may fill a slot of these categories. A capital in a slot that takes countries but
 * not cities stands for its country's government: the relation goes to the country, the city stays a city.
 */
const actorMembers = (u: Unit | undefined, allowed: Iterable<Category>) => {
  const set = new Set(allowed);
  return (u?.members ?? []).flatMap((m): Mention[] => {
    if (set.has(m.category)) return [m];
    const capital = m.category === 'City' && m.rule === 'gazetteer.capital' && set.has('Country') && /^city:([A-Z]{3}):/.exec(m.entity);
    return capital ? [{ ...m, category: 'Country', entity: `country:${capital[1]}`, rule: METONYMY }] : [];
  });
};
const metonymy = (...ms: Mention[]) => (ms.some((m) => m.rule === METONYMY) ? `+${METONYMY}` : '');

export interface RelationContext {
  parsed: ParsedDocument;
  mentions: Mention[];
  groups: Group[];
  frames: Map<number, EventFrame>;
  lex?: Lexicon;
}

/** All relations of one document. Pure. */
export function findRelations(ctx: RelationContext): RelationResult {
  const { parsed, mentions, groups, frames } = ctx;
  const lex = ctx.lex ?? lexicon();
  const text = parsed.doc.text;
  const docId = parsed.doc.id;
  const relations: Relation[] = [];
  const diagnostics: Diagnostic[] = [];
  const titles = mentions.filter((m) => m.form === 'title');

  const evidence = (s: Sentence | undefined, rule: string, ...spans: Array<{ start: number; end: number }>): Evidence => {
    const start = Math.min(...spans.map((x) => x.start));
    const end = Math.max(...spans.map((x) => x.end));
    return { document: docId, sentence: s?.index ?? -1, start, end, text: s ? text.slice(s.start, s.end) : text.slice(start, end), rule };
  };
  const add = (source: string, predicate: string, target: string, ev: Evidence, eventType?: string) => {
    if (source === target) return;
    relations.push({ source, predicate, target, ...(eventType ? { eventType } : {}), evidence: [ev] });
  };

  // REPRESENTS from a title's qualifier: "Russian Foreign Minister Sergei Lavrov"
  for (const m of mentions) {
    if (m.category === 'Person' && m.represents && m.form === 'name') {
      add(m.entity, 'REPRESENTS', `country:${m.represents.iso3}`, evidence(parsed.sentences[m.sentence], m.represents.rule, m, m.represents));
    }
  }
  representsByAlignedLists(ctx, add, evidence);
  representsAroundTitles(ctx, add, evidence);

  // event frames: HELD_IN and ABOUT
  for (const m of mentions) {
    const frame = frames.get(m.start);
    if (!frame || (m.category !== 'Event' && m.category !== 'Proposal') || m.form === 'pronoun') continue;
    const s = parsed.sentences[m.sentence];
    const keyOf = (c: { start: number; end: number }) => mentions.find((x) => x.start === c.start && x.end === c.end && x.form !== 'title')?.entity;
    if (frame.place && m.category === 'Event') {
      const place = keyOf(frame.place);
      if (place) add(m.entity, 'HELD_IN', place, evidence(s, 'held-in.place-phrase', m, frame.place));
    }
    if (frame.topic) {
      const topic = keyOf(frame.topic);
      if (topic) add(m.entity, 'ABOUT', topic, evidence(s, 'about.topic-phrase', m, frame.topic));
    }
  }

  // LOCATED_IN: "the Tajik capital of Dushanbe", "Mosul, Iraq"
  for (const s of parsed.sentences) locatedIn(s, mentions, text, add, evidence);

  const scope: VerbScope = { mentions, groups, titles, lex, add, evidence, diagnostics, docId, text };
  for (const s of parsed.sentences) verbRelations(s, scope);
  return { relations: mergeRelations(relations), diagnostics };
}

/** What the verb rules of one document share: its mentions, where relations and diagnostics go, the last proposer. */
interface VerbScope {
  mentions: Mention[];
  groups: Group[];
  titles: Mention[];
  lex: Lexicon;
  add: Add;
  evidence: MakeEvidence;
  diagnostics: Diagnostic[];
  docId: string;
  text: string;
  /** The last actor seen proposing: list items after it ("First, urge ...") are its proposal's points. */
  proposer?: { key: string; sentence: number };
}

const unitEndingAt = (units: Unit[], i: number) => units.find((u) => u.last === i);
const unitStartingAt = (units: Unit[], i: number) => units.find((u) => u.first === i);

/** Relations read at the verbs of one sentence: the patterns of relations.json, reported speech, "… at an event". */
function verbRelations(s: Sentence, v: VerbScope) {
  const { mentions, lex, add, evidence, diagnostics, docId } = v;
  const toks = s.tokens;
  const units = unitsOf(s, mentions, v.groups, v.titles, lex.memberHeads);
  // subjects attached to verbs, left to right: [verb index, unit or null, after a complementizer]
  const attached: Array<{ verb: number; unit: Unit | null; embedded: boolean }> = [];
  let seenComplementizer = false;

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (COMPLEMENTIZERS.has(t.norm)) seenComplementizer = true;
    const verb = t.tags.has('Verb') || headlineVerbAt(toks, i, (w) => lex.relationVerbs.has(w));
    if (!verb || t.tags.has('Auxiliary') || t.tags.has('Modal')) continue;
    const own = subjectBefore(s, i, units, v.titles);
    if (own) attached.push({ verb: i, unit: own.unit, embedded: seenComplementizer });

    // the subject of this verb: its own, or the one of the verb it is coordinated with
    let subject: Unit | null | undefined = own?.unit;
    let subjectRule = '';
    if (own === undefined) {
      const prev = attached[attached.length - 1];
      const before = attached[attached.length - 2];
      const coordinated = i > 0 && (/,/.test(toks[i - 1].post) || toks[i - 1].norm === 'and' || MODALS.has(toks[i - 1].norm));
      if (prev && coordinated) {
        if (prev.embedded && before && !before.embedded) {
          diagnostics.push({ docId, start: t.start, end: t.end, stage: 'extract', rule: 'relation.ambiguous-subject', severity: 'info', message: `"${t.text}": the subject could be that of either clause; no relation read` });
          subject = null;
        } else {
          subject = prev.unit;
          subjectRule = '+coordinated-verb';
        }
      } else if (v.proposer && isListItemImperative(toks, i)) {
        // "First, urge the United States to ...": an item of a proposal put forward earlier
        const key = v.proposer.key;
        subject = { start: t.start, end: t.end, first: i, last: i, members: mentions.filter((m) => m.entity === key).slice(0, 1) };
        subjectRule = '+proposal-item';
      }
    }

    const read = patternRelations(s, i, units, subject, subjectRule, v);
    if (!read && subject) reportedSpeech(s, i, units, subject, subjectRule, v);

    // ATTENDED: "X, Y and Z reached a consensus at an informal meeting"
    if (own?.unit) {
      const ev = eventInVerbPhrase(toks, i, mentions, s);
      if (ev) for (const a of actorMembers(own.unit, ACTORS)) add(a.entity, 'ATTENDED', ev.entity, evidence(s, 'attended.at-event', own.unit, ev), 'CONSULT');
    }
  }
}

/** The subject right before the verb at `i` (past modals, adverbs and auxiliaries): a unit, a plain noun (null), or none. */
function subjectBefore(s: Sentence, i: number, units: Unit[], titles: Mention[]): { unit: Unit | null; direct: boolean } | undefined {
  const toks = s.tokens;
  let j = i - 1;
  while (j >= 0 && (MODALS.has(toks[j].norm) || toks[j].tags.has('Adverb') || toks[j].tags.has('Auxiliary') || toks[j].tags.has('Modal') || (BE.has(toks[j].norm) && toks[i].tags.has('Passive')))) j--;
  if (j < 0) return undefined;
  if (/,/.test(toks[j].post)) {
    // an appositive name right before the verb: "The Italian Foreign Minister, Antonio Tajani, meets"
    const u = unitEndingAt(units, j);
    const titled = u && u.members.length === 1 && titles.some((t) => t.entity === u.members[0].entity && t.sentence === s.index);
    if (u && (titled || (u.first > 0 && /,\s*$/.test(toks[u.first - 1].post))) && !isCoordinatedVerb(toks, i)) return { unit: u, direct: true };
    return undefined;
  }
  if (toks[j].norm === 'and' || toks[j].norm === 'but') return undefined;
  const u = unitEndingAt(units, j);
  if (u) return { unit: u, direct: true };
  if (toks[j].tags.has('Noun') || toks[j].tags.has('Pronoun')) return { unit: null, direct: true };
  return undefined;
}

/** The first pattern of relations.json whose verb phrase starts at `i` and finds its slots; whether one was read. */
function patternRelations(s: Sentence, i: number, units: Unit[], subject: Unit | null | undefined, subjectRule: string, v: VerbScope): boolean {
  const { lex, add, evidence, text } = v;
  const toks = s.tokens;
  const t = toks[i];
  for (const p of lex.relations) {
    const after = phraseAt(toks, i, p);
    if (after < 0) continue;
    const passive = p.passive && t.tags.has('Passive') && toks[after]?.norm === 'by';
    let actor: Unit | null | undefined = subject;
    let target: Unit | undefined;
    if (passive) {
      actor = unitStartingAt(units, skipModifiers(toks, after + 1, units, lex.placeKinds));
      target = subject ?? undefined;
    } else {
      target = unitStartingAt(units, skipModifiers(toks, after, units, lex.placeKinds));
    }
    const targets = actorMembers(target, p.targets ?? DEFAULT_TARGETS);
    const actors = actorMembers(actor ?? undefined, ACTORS);
    if (!targets.length && p.reciprocal && actors.length > 1 && !passive) {
      // "Abiy Ahmed and Hassan Sheikh Mohamud meet in Addis Ababa": each met the others
      for (const a of actors) for (const b of actors) if (a.entity < b.entity) add(a.entity, p.predicate, b.entity, evidence(s, `${p.id}.reciprocal${subjectRule}`, actor!), p.eventType);
      return false;
    }
    if (!targets.length) continue;
    if (!actors.length) {
      if (actor === undefined) v.diagnostics.push({ docId: v.docId, start: t.start, end: t.end, stage: 'extract', rule: `${p.id}.no-subject`, severity: 'info', message: `"${text.slice(t.start, toks[after - 1].end)}": no subject found` });
      continue;
    }
    const rule = `${p.id}${passive ? '.passive' : ''}${subjectRule}`;
    for (const a of actors) for (const b of targets) add(a.entity, p.predicate, b.entity, evidence(s, `${rule}${metonymy(a, b)}`, actor!, target!), p.eventType);
    if (p.predicate === 'PROPOSED') v.proposer = { key: actors[0].entity, sentence: s.index };
    return true;
  }
  return false;
}

/** Reported speech at the verb `i`: "X said (that) Y should …" (URGED), "X says Y is …", "X told Y …" (SAID). */
function reportedSpeech(s: Sentence, i: number, units: Unit[], subject: Unit, subjectRule: string, v: VerbScope) {
  const { lex, add, evidence } = v;
  const toks = s.tokens;
  const t = toks[i];
  if (!lex.reportedSpeech.verbs.has(t.root) || t.tags.has('Passive') || insideNounPhrase(toks, subject)) return;
  const speakers = actorMembers(subject, ACTORS);
  let j = i + 1;
  if (toks[j]?.norm === 'that') j++;
  const said = speakers.length ? unitStartingAt(units, skipModifiers(toks, j, units, lex.placeKinds)) : undefined;
  const heard = said ? actorMembers(said, ACTORS) : [];
  if (!said || !heard.length) return;
  let k = said.last + 1;
  while (toks[k]?.tags.has('Adverb')) k++;
  const obliged = lex.reportedSpeech.obligation.some((o) => o.every((w, n) => toks[k + n]?.norm === w));
  // "told Y" names the hearer; after "said", Y must be the subject of the clause said
  const told = t.root === 'tell' && j === i + 1;
  const clause = toks[k] && (toks[k].tags.has('Verb') || toks[k].tags.has('Modal') || toks[k].tags.has('Auxiliary') || toks[k].tags.has('Copula'));
  if (!obliged && !told && !clause) return;
  const [predicate, rule, eventType] = obliged ? ['URGED', 'urge.reported-speech', 'DEMAND'] : ['SAID', 'said.reported-speech', undefined];
  for (const a of speakers) for (const b of heard) add(a.entity, predicate, b.entity, evidence(s, `${rule}${subjectRule}${metonymy(a, b)}`, subject, said), eventType);
}

/** A name inside another noun's phrase, so not the speaker: "the family of British national Craig Foreman says". */
function insideNounPhrase(toks: Token[], u: Unit): boolean {
  let of = u.first - 1;
  while (of > 0 && u.first - of <= 3 && toks[of].norm !== 'of' && !/[,;:()"]/.test(toks[of].post) && (toks[of].tags.has('Noun') || toks[of].tags.has('Adjective'))) of--;
  return of > 0 && toks[of].norm === 'of' && !METONYMIC_HEADS.has(toks[of - 1].norm);
}

/** A verb right after "and" or a comma that follows another verb's phrase: "support X, push Y". */
function isCoordinatedVerb(toks: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) if (toks[j].tags.has('Verb') && !toks[j].tags.has('Auxiliary')) return true;
  return false;
}

/** Skips articles, adjectives and adverbs before an object, unless a unit starts there. */
function skipModifiers(toks: Token[], j: number, units: Unit[], placeKinds: Set<string>): number {
  const skip = () => {
    while (j < toks.length && !units.some((u) => u.first === j) && (toks[j].tags.has('Determiner') || toks[j].tags.has('Adjective') || toks[j].tags.has('Adverb'))) j++;
  };
  skip();
  // "the town of Kurmuk", "the North Darfur town of Abu Qamra": the place's kind before its name
  let k = j;
  while (k < j + 3 && k < toks.length && !units.some((u) => u.first === k) && !placeKinds.has(toks[k].norm)) k++;
  if (placeKinds.has(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'of') {
    j = k + 2;
    skip();
  }
  return j;
}

/** "First, urge ..." or a sentence that opens with a bare verb. */
function isListItemImperative(toks: Token[], i: number): boolean {
  if (i === 0) return toks[0].tags.has('Infinitive') || toks[0].tags.has('Imperative');
  return i === 1 && ORDINALS.has(toks[0].norm) && /,/.test(toks[0].post);
}

/** An Event named in a prepositional phrase of the verb at `i` ("... at an informal meeting"), before the clause ends. */
function eventInVerbPhrase(toks: Token[], i: number, mentions: Mention[], s: Sentence): Mention | undefined {
  for (let j = i + 1; j < toks.length; j++) {
    if (/[;:.]/.test(toks[j - 1].post)) return undefined;
    if (toks[j].tags.has('Verb') && !toks[j].tags.has('Gerund') && !toks[j].tags.has('Participle')) return undefined;
    if (!['at', 'during', 'in', 'on'].includes(toks[j].norm)) continue;
    let k = j + 1;
    while (toks[k] && (toks[k].tags.has('Determiner') || toks[k].tags.has('Adjective'))) k++;
    const m = mentions.find((x) => x.sentence === s.index && x.category === 'Event' && x.start <= (toks[k]?.start ?? -1) && (toks[k]?.start ?? -1) < x.end);
    if (m) return m;
  }
  return undefined;
}

type Add = (source: string, predicate: string, target: string, ev: Evidence, eventType?: string) => void;
type MakeEvidence = (s: Sentence | undefined, rule: string, ...spans: Array<{ start: number; end: number }>) => Evidence;

/** LOCATED_IN from "the <Demonym> capital of <City>" and "<City>, <Country>". */
function locatedIn(s: Sentence, mentions: Mention[], text: string, add: Add, evidence: MakeEvidence) {
  const ms = mentions.filter((m) => m.sentence === s.index && m.form !== 'title' && m.form !== 'pronoun');
  for (let k = 0; k < ms.length - 1; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    const gap = text.slice(a.end, b.start);
    if (a.category === 'Country' && b.category === 'City' && /^\s+(capital|city)\s+of\s+$/.test(gap)) add(b.entity, 'LOCATED_IN', a.entity, evidence(s, 'located-in.capital-of', a, b));
    if ((a.category === 'City' || a.category === 'Location') && b.category === 'Country' && /^\s*,\s*$/.test(gap) && /^\s*[,.;)]|^\s*$/.test(text.slice(b.end, b.end + 2))) {
      add(a.entity, 'LOCATED_IN', b.entity, evidence(s, 'located-in.apposition', a, b));
    }
  }
}

const PERSON_GROUP_NOUNS = new Set(['officials', 'ministers', 'leaders', 'delegates', 'delegations', 'representatives', 'diplomats', 'envoys', 'diplomats', 'negotiators']);

/**
 * REPRESENTS read around a person's title.
 * - Rule `represents.appositive-of`: "Mario Argollo, general secretary of the Bolivian Workers' Center", "X, a
 *   member of Hamas": a person's appositive title of an organisation.
 * - Rule `represents.title-qualifier-entity`: an organisation or a place named right before a title — "Sudan
 *   Shield Forces leader Abu Aqla Kaikal", "Mexico City mayor Clara Brugada" — is what the titled person
 *   represents (countries there are read with the title itself: `represents.title-qualifier`).
 */
function representsAroundTitles(ctx: RelationContext, add: Add, evidence: MakeEvidence) {
  const { parsed, mentions } = ctx;
  for (const title of mentions) {
    if (title.form !== 'title' || title.category !== 'Person') continue;
    const s = parsed.sentences[title.sentence];
    const toks = s.tokens;
    const named = (where: (m: Mention) => boolean) => mentions.find((m) => m.entity === title.entity && m.form === 'name' && m.sentence === title.sentence && where(m));
    const at = (where: (m: Mention) => boolean) => mentions.find((m) => m.sentence === title.sentence && where(m));

    const before = named((m) => m.tokens[1] <= title.tokens[0] && title.tokens[0] - m.tokens[1] <= 1);
    let k = title.tokens[1];
    if (before && /^,\s*$/.test(toks[before.tokens[1] - 1].post) && toks[k]?.norm === 'of' && !/[,;:()]/.test(toks[k - 1].post)) {
      k++;
      if (['the', 'a', 'an'].includes(toks[k]?.norm ?? '')) k++;
      const org = at((m) => m.tokens[0] === k && m.category === 'Organization');
      if (org) add(before.entity, 'REPRESENTS', org.entity, evidence(s, 'represents.appositive-of', before, org));
    }

    const after = named((m) => m.tokens[0] === title.tokens[1]);
    const first = title.tokens[0];
    if (after && first > 0 && !/[,;:()"]/.test(toks[first - 1].post) && !toks[first - 1].possessive) {
      const q = at((m) => m.tokens[1] === first && m.form === 'name' && QUALIFYING.has(m.category));
      if (q) add(after.entity, 'REPRESENTS', q.entity, evidence(s, 'represents.title-qualifier-entity', q, after));
    }
  }
}

/** What may qualify a title besides a country: "Sudan Shield Forces leader", "Mexico City mayor", "Darfur Governor". */
const QUALIFYING = new Set<Category>(['Organization', 'City', 'Location']);

/**
 * Rule `represents.aligned-list`: "officials from China, Russia, Pakistan and Iran" followed by a list of as many
 * people; where the people whose country is known sit at the same positions, the others take theirs.
 */
function representsByAlignedLists(ctx: RelationContext, add: Add, evidence: MakeEvidence) {
  const { parsed, mentions, groups } = ctx;
  const text = parsed.doc.text;
  const known = new Map<string, string>();
  for (const m of mentions) if (m.represents) known.set(m.entity, `country:${m.represents.iso3}`);
  for (const countries of groups) {
    if (countries.members[0].category !== 'Country') continue;
    const before = text.slice(Math.max(0, countries.start - 40), countries.start).trim().toLowerCase().split(/\s+/);
    if (before[before.length - 1] !== 'from' || !PERSON_GROUP_NOUNS.has(before[before.length - 2])) continue;
    const people = groups.find((g) => g.members[0].category === 'Person' && g.members.length === countries.members.length && g.sentence >= countries.sentence && g.sentence <= countries.sentence + 2);
    if (!people) continue;
    const agreeing = people.members.filter((p, i) => known.get(p.entity) === countries.members[i].entity).length;
    const disagreeing = people.members.filter((p, i) => known.has(p.entity) && known.get(p.entity) !== countries.members[i].entity).length;
    if (disagreeing || agreeing * 2 < people.members.length) continue;
    people.members.forEach((p, i) => {
      if (known.has(p.entity)) return;
      const s = parsed.sentences[p.sentence];
      add(p.entity, 'REPRESENTS', countries.members[i].entity, evidence(s, 'represents.aligned-list', p, countries.members[i]));
    });
  }
}

/** One relation per (source, predicate, target): evidence accumulates. */
export function mergeRelations(relations: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of relations) {
    const k = `${r.source}|${r.predicate}|${r.target}`;
    const prev = byKey.get(k);
    if (!prev) byKey.set(k, { ...r, evidence: [...r.evidence] });
    else for (const e of r.evidence) if (!prev.evidence.some((x) => x.document === e.document && x.start === e.start && x.end === e.end && x.rule === e.rule)) prev.evidence.push(e);
  }
  return [...byKey.values()];
}
