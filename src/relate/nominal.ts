/**
 * relate/nominal: events named by a noun — "a Russian drone attack on Kyiv", "Israeli strikes on the Gaza
 * Strip", "a drone strike by the Sudanese Armed Forces in Heglig", "Russian forces launch an attack on Kyiv",
 * "Boko Haram militants kill 25 workers in an attack on a base in Sabon Gari" (the clause's subject).
 * Patterns are data (lexicon `nominal`); the rule id is the pattern's, with how the actor was found.
 */
import type { Lexicon, NominalPattern } from '../lexicon/index.js';
import type { Category, Mention, ParsedDocument, Relation, Token } from '../model.js';
import { isCap } from '../parse/tokens.js';
import { ACTORS } from './units.js';

const TARGETS = new Set<Category>(['Country', 'City', 'Location', 'Organization', 'Person']);
const PLACES = new Set<Category>(['Country', 'City', 'Location']);
/** Words that may stand inside the noun phrase before the noun: "a major ballistic missile and drone attack". */
const STOP = ['Preposition', 'Pronoun', 'Auxiliary', 'Copula', 'Conjunction', 'Adverb', 'Modal', 'Gerund', 'Participle', 'PastTense'];
/** Possessive determiners stand in the noun phrase too: "Ukraine launches its largest ever drone attack". */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const modifier = (t: Token) => (t.norm === 'and' || POSSESSIVES.has(t.norm) || !STOP.some((tag) => t.tags.has(tag))) && !/[,;:()]/.test(t.post) && !isCap(t);
/** Words that make the event one that has not happened. */
const IRREALIS = new Set(['potential', 'possible', 'planned', 'threatened', 'future', 'proposed', 'hypothetical', 'imminent', 'feared', 'expected', 'scheduled']);
const NEGATIONS = new Set(['not', 'never', 'no']);
const clauseEnds = (t: Token) => /[,;:()]|\.\s*$/.test(t.post);

export function nominalRelations(parsed: ParsedDocument, mentions: Mention[], lex: Lexicon): Relation[] {
  const out: Relation[] = [];
  const text = parsed.doc.text;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  /** One relation, with the actor, the noun and the target as its evidence span. */
  const add = (p: NominalPattern, actor: Mention, target: Mention, noun: Token, rule: string) => {
    const s = parsed.sentences[actor.sentence];
    const start = Math.min(actor.start, target.start, noun.start);
    const end = Math.max(actor.end, target.end, noun.end);
    out.push({ source: actor.entity, predicate: p.predicate, target: target.entity, ...(p.eventType ? { eventType: p.eventType } : {}), evidence: [{ document: parsed.doc.id, sentence: s.index, start, end, text: text.slice(s.start, s.end), rule }] });
  };
  for (const s of parsed.sentences) {
    const ms = bySentence.get(s.index);
    if (!ms) continue;
    const toks = s.tokens;
    const at = (k: number) => ms.find((m) => m.tokens[0] <= k && k < m.tokens[1]);
    for (let i = 0; i < toks.length; i++) {
      const p = lex.nominal.find((x) => x.nouns.has(toks[i].norm));
      const own = at(i);
      if (!p || (own && own.category !== 'Event') || readAsVerb(toks, i)) continue; // "talks" may be an Event mention of its own
      // "fears of potential United States strikes": an attack that has not happened
      if (toks.slice(Math.max(0, i - 5), i).some((t) => IRREALIS.has(t.norm))) continue;
      // "talks between Iran and the United States": both sides after the noun
      if (p.between && toks[i + 1]?.norm === 'between') {
        const sides = bothSides(toks, i + 2, at);
        if (sides && !toks.slice(sides[1].tokens[1], sides[1].tokens[1] + 4).some((t) => IRREALIS.has(t.norm))) add(p, sides[0], sides[1], toks[i], `${p.id}.between`);
        continue;
      }
      const found = actorOf(toks, i, at, p, lex.memberHeads);
      if (!found) continue;
      const hit = targetOf(toks, found.after, at, p);
      if (!hit) continue;
      const { target: first, named } = hit;
      const targets = coordinated(toks, first, at);
      // "Israeli strikes on the Gaza Strip kill five people in Khan Yunis": the places the clause then names
      if (named) {
        // only past the clause's verb: "the Quneitra Governorate in Syria" says where the target is, not another one
        const place = placeAfter(toks, first.tokens[1], at, p.placePrepositions);
        const verbBetween = place && toks.slice(first.tokens[1], place.tokens[0]).some((t) => t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Gerund'));
        if (place && verbBetween) targets.push(...coordinated(toks, place, at));
      }
      for (const target of targets) if (target.entity !== found.actor.entity) add(p, found.actor, target, toks[i], `${p.id}${found.how}`);
    }
  }
  return out;
}

/** "X and Y" from token `k` (articles skipped): two actors, or undefined. */
function bothSides(toks: Token[], k: number, at: (k: number) => Mention | undefined): [Mention, Mention] | undefined {
  const side = (j: number) => {
    while (toks[j]?.tags.has('Determiner')) j++;
    const m = at(j);
    return m && m.tokens[0] === j && ACTORS.has(m.category) ? m : undefined;
  };
  const a = side(k);
  if (!a || toks[a.tokens[1]]?.norm !== 'and') return undefined;
  const b = side(a.tokens[1] + 1);
  return b && b.entity !== a.entity ? [a, b] : undefined;
}

/** "Israeli troops raid the town", "drones strike Nakhchivan": a verb with its object (the verb patterns read it); "strikes on", "airstrikes across", "strikes kill": a noun. */
function readAsVerb(toks: Token[], i: number): boolean {
  if (!toks[i].tags.has('Verb') || toks[i].tags.has('Noun')) return false;
  const next = toks[i + 1];
  return !next || next.tags.has('Determiner') || isCap(next);
}

/** The actor: in the noun phrase, after "by", the subject of a light verb whose object the noun is, or the subject of the clause the noun's phrase ends ("in an attack on"). */
function actorOf(toks: Token[], i: number, at: (k: number) => Mention | undefined, p: NominalPattern, memberHeads: Set<string>): { actor: Mention; after: number; how: string } | undefined {
  // in the noun phrase: "a Russian drone attack", "Rapid Support Forces drone strikes", "Israel's strikes"
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const m = at(k);
    if (m) return ACTORS.has(m.category) ? { actor: m, after: i + 1, how: '' } : undefined;
    if (!modifier(toks[k])) break;
  }
  // "a drone strike by the Sudanese Armed Forces", "drone strikes launched yesterday by the Rapid Support Forces"
  let by = i + 1;
  if (toks[by]?.tags.has('Participle') || toks[by]?.tags.has('PastTense')) {
    by++;
    while (toks[by]?.tags.has('Adverb') || toks[by]?.tags.has('Date')) by++;
  }
  if (toks[by]?.norm === 'by' && !/[,;:()]/.test(toks[by - 1].post)) {
    for (let k = by + 1; k < toks.length && k <= by + 3; k++) {
      const m = at(k);
      if (m) return ACTORS.has(m.category) ? { actor: m, after: m.tokens[1], how: '.by' } : undefined;
      if (!modifier(toks[k])) break;
    }
  }
  // "Russian forces launch a major attack on Kyiv", "Israel carries out an airstrike against ..."
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    if (p.lightVerbs.has(toks[k].root) || p.lightVerbs.has(toks[k].norm)) {
      for (let j = k - 1; j >= 0; j--) {
        const m = at(j);
        if (m && ACTORS.has(m.category)) return { actor: m, after: i + 1, how: '.light-verb' };
        if (NEGATIONS.has(toks[j].norm) || /n't$/.test(toks[j].text)) return undefined; // "Iran will never launch an attack"
        if (m || clauseEnds(toks[j]) || (toks[j].tags.has('Verb') && !toks[j].tags.has('Auxiliary'))) break;
      }
      return undefined;
    }
    // "carried out", "is in talks", "entered into negotiations", "its largest ever drone attack"
    if (!modifier(toks[k]) && !['out', 'in', 'into'].includes(toks[k].norm) && !(toks[k].tags.has('Adverb') && !/[,;:()]/.test(toks[k].post))) break;
  }
  // "Boko Haram militants kill 25 workers in an attack on ...": the subject of the clause the noun's phrase ends
  let k = i - 1;
  while (k >= 0 && modifier(toks[k])) k--;
  if (k > 1 && CIRCUMSTANTIAL.has(toks[k].norm)) {
    for (let j = k - 1; j > 0 && j >= k - 12; j--) {
      if (/[;:()]/.test(toks[j].post) || at(j)) break;
      if (!toks[j].tags.has('Verb') || toks[j].tags.has('Auxiliary') || toks[j].tags.has('Participle') || toks[j].tags.has('Gerund')) continue;
      let h = j - 1;
      if (memberHeads.has(toks[h].norm) && !/[,;:()]/.test(toks[h - 1]?.post ?? ',')) h--; // "Boko Haram militants"
      const m = at(h);
      return m && m.tokens[1] === h + 1 && ACTORS.has(m.category) && !/[,;:()]/.test(toks[h].post) ? { actor: m, after: i + 1, how: '.clause-subject' } : undefined;
    }
  }
  return undefined;
}

/** Prepositions that put an event noun in the circumstances of a clause: "kill 25 workers in an attack on ...". */
const CIRCUMSTANTIAL = new Set(['in', 'during', 'with']);

/** The target: a name after "on", "against", "targeting" (`named`: the clause may then name places); else a place after "in", "at". */
function targetOf(toks: Token[], from: number, at: (k: number) => Mention | undefined, p: NominalPattern): { target: Mention; named: boolean } | undefined {
  // the tagger read a verb as a noun ("Israeli troops raid the Quneitra Governorate"): its object is the target
  if (from > 0 && toks[from - 1].tags.has('Noun') && !/[,;:()]/.test(toks[from - 1].post) && (toks[from]?.tags.has('Determiner') || at(from))) {
    for (let k = from; k < toks.length && k <= from + 2; k++) {
      const m = at(k);
      if (m) return TARGETS.has(m.category) ? { target: m, named: false } : undefined;
      if (!toks[k].tags.has('Determiner') && !toks[k].tags.has('Adjective')) break;
    }
  }
  // a place may follow the clause's verb ("Israeli strikes kill five people in Khan Yunis"), a target may not
  const target = nameAfter(toks, from, at, p.targetPrepositions, TARGETS, false);
  if (target) return { target, named: true };
  const place = placeAfter(toks, from, at, p.placePrepositions);
  return place && { target: place, named: false };
}

/** The first name of an allowed category after one of `preps`, within the clause (crossing its verb or not). */
function nameAfter(toks: Token[], from: number, at: (k: number) => Mention | undefined, preps: Set<string>, allowed: Set<Category>, crossVerbs: boolean): Mention | undefined {
  for (let k = from; k < toks.length && k < from + 12; k++) {
    if (!crossVerbs && toks[k].tags.has('Verb') && !toks[k].tags.has('Participle') && !preps.has(toks[k].norm)) return undefined;
    if (preps.has(toks[k].norm) && !['least', 'most', 'behalf'].includes(toks[k + 1]?.norm ?? '')) {
      for (let j = k + 1; j < toks.length && j <= k + 7; j++) {
        const m = at(j);
        if (m && allowed.has(m.category) && !(allowed === PLACES && m.form === 'demonym')) return m;
        if (m || clauseEnds(toks[j]) || (toks[j].tags.has('Verb') && !toks[j].tags.has('Participle'))) break;
      }
    }
    if (clauseEnds(toks[k])) return undefined;
  }
  return undefined;
}

/** A place after "in", "at", ... anywhere in the clause, its verb included. */
const placeAfter = (toks: Token[], from: number, at: (k: number) => Mention | undefined, preps: Set<string>) => nameAfter(toks, from, at, preps, PLACES, true);

/**
 * "in Khan Yunis and Deir al-Balah": each place of a coordination; a comma is apposition ("El Geneina, West
 * Darfur"), passed over: "in Novokuybyshevsk, Samara Oblast and Saratov" names two towns.
 */
function coordinated(toks: Token[], first: Mention, at: (k: number) => Mention | undefined): Mention[] {
  const out = [first];
  let k = first.tokens[1];
  for (;;) {
    // ", Samara Oblast" after a town: its region, not another target
    while (/,\s*$/.test(toks[k - 1].post) && at(k) && at(k)!.category !== first.category && PLACES.has(at(k)!.category)) k = at(k)!.tokens[1];
    if (k + 1 >= toks.length || toks[k].norm !== 'and') break;
    const next = at(k + 1);
    if (!next || next.category !== first.category) break;
    out.push(next);
    k = next.tokens[1];
  }
  return out;
}

