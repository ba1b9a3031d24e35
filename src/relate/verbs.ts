/**
 * relate/verbs: relations read at the verbs of a sentence — the verb patterns of lexicon/data/relations.json with
 * their subject and object, reported speech, and attendance ("… reached a consensus at an informal meeting").
 */
import type { RelationPattern } from '../lexicon/index.js';
import type { Category, Mention, Sentence, Token } from '../model.js';
import { isCap } from '../parse/tokens.js';
import type { RelationScope } from './scope.js';
import { reportedSpeech } from './speech.js';
import { ACTORS, actorMembers, metonymy, skipModifiers, unitEndingAt, unitsOf, unitStartingAt, type Unit } from './units.js';

const MODALS = new Set(['should', 'will', 'would', 'can', 'could', 'must', 'may', 'might', 'shall', 'also', 'not', 'jointly', 'further', 'to', 'have', 'has', 'had', 'did', 'do', 'does', 'then', 'later', 'again', 'never', 'already', 'reportedly', 'formally', 'officially', 'strongly', 'repeatedly', 'earnestly']);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'finally', 'lastly']);

const COMPLEMENTIZERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'whether', 'if', 'because', 'although', 'while', 'when']);

const DEFAULT_TARGETS: Category[] = ['Person', 'Country', 'Organization'];

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

/** What the verb rules of one document share: the scope, and the last proposer. */
export interface VerbScope extends RelationScope {
  /** The last actor seen proposing: list items after it ("First, urge ...") are its proposal's points. */
  proposer?: { key: string; sentence: number };
}

/** Relations read at the verbs of one sentence: the patterns of relations.json, reported speech, "… at an event". */
export function verbRelations(s: Sentence, v: VerbScope) {
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

/** A verb right after "and" or a comma that follows another verb's phrase: "support X, push Y". */
function isCoordinatedVerb(toks: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) if (toks[j].tags.has('Verb') && !toks[j].tags.has('Auxiliary')) return true;
  return false;
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
