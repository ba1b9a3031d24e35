/**
 * relate/vocabulary: what the event vocabulary makes of a clause's predicate — kg's own verb patterns
 * (relations.json: a lemma and the words after it, with a predicate), then the CAMEO dictionary's patterns for the
 * verb (a noun or a preposition with its noun after the verb, or the subject's head noun), then the CAMEO verb
 * alone. A reading names the predicate, the CAMEO code and where the target stands.
 */
import type { CameoItem, CameoPattern, CameoVerb, Lexicon, RelationPattern } from '../lexicon/index.js';
import type { Category, Clause, Phrase, Sentence, Token } from '../model.js';

export interface Reading {
  predicate: string;
  code?: string;
  /** The rule: a kg pattern's id, or `cameo.<block>` and how it matched. */
  rule: string;
  /** Where the target is: a phrase the reading found, else the clause's object or prepositional arguments. */
  target?: Phrase;
  /** The target must be one of these categories. */
  targets?: ReadonlySet<Category>;
  reciprocal?: boolean;
  /** The event runs from the target to the subject. */
  reverse?: boolean;
  /** A CAMEO 03 code: an expressed intention. */
  intended?: boolean;
  /** Read by a CAMEO pattern (its noun is the object: the target stands in a prepositional phrase). */
  pattern?: boolean;
}

const ACTOR_TARGETS: ReadonlySet<Category> = new Set(['Person', 'Country', 'Organization', 'Group']);
const PLACE_TARGETS: ReadonlySet<Category> = new Set(['Person', 'Country', 'Organization', 'Group', 'City', 'Location']);

/** The categories a predicate's target may have: actors, and places for those that take them. */
export const targetsOf = (predicate: string, lex: Lexicon): ReadonlySet<Category> => (lex.predicates.get(predicate)?.places ? PLACE_TARGETS : ACTOR_TARGETS);

const matchesWord = (set: ReadonlySet<string> | undefined, toks: Token[], k: number): number => {
  if (!set) return 0;
  const t = toks[k];
  if (!t) return 0;
  if (set.has(t.norm) || set.has(t.root)) return 1;
  // "opened its borders": the dictionary names most nouns in the singular
  if (t.tags.has('Plural') && /[^s]s$/.test(t.norm) && (set.has(t.norm.slice(0, -1)) || (/ies$/.test(t.norm) && set.has(`${t.norm.slice(0, -3)}y`)))) return 1;
  // a phrase of the set: "armed forces", "cease fire"
  for (let n = 2; n <= 3; n++) {
    const words = toks.slice(k, k + n);
    if (words.length === n && (set.has(words.map((w) => w.norm).join(' ')) || set.has(words.map((w, i) => (i === n - 1 ? w.root : w.norm)).join(' ')))) return n;
  }
  return 0;
};

/** A noun item at token `k`: the head, with its modifiers among the three words before it. */
function nounAt(item: CameoItem, toks: Token[], k: number): boolean {
  if (!matchesWord(item.w, toks, k)) return false;
  return (item.m ?? []).every((m) => toks.slice(Math.max(0, k - 3), k).some((_, i) => matchesWord(m, toks, Math.max(0, k - 3) + i) > 0));
}

/**
 * Does a CAMEO pattern fit the clause? As the coders' parser reads it, the pattern's words follow the verb in
 * order: a noun item is a word of the verb's object (or second object, or the word right after the verb: "set
 * off", "pull out") — its head or a noun before it ("launched a mediation effort"); a bare preposition item
 * ("* &MEDIATION BETWEEN") is a prepositional argument of that preposition; a preposition item with a noun is a
 * prepositional argument whose phrase has that noun as head; one without a noun ("(TO +)") is a phrase that
 * names someone: the target. Returns the phrase the pattern puts the target in, or null when it fits without
 * naming one; undefined when it does not fit.
 */
function fits(p: CameoPattern, c: Clause, s: Sentence): Phrase | null | undefined {
  const toks = s.tokens;
  if (p.pre) {
    const head = c.subject?.head;
    if (head === undefined || !nounAt(p.pre, toks, head)) return undefined;
  }
  let target: Phrase | null = null;
  const objects = objectsOf(c, s);
  let pos = c.predicate.last + 1;
  const names = (x: Phrase) => x.members.length > 0 || !!(x as Phrase & { inside?: unknown[] }).inside?.length;
  for (const item of p.post) {
    const word = item.p ?? (item.w && item.w.size === 1 && !item.m ? [...item.w][0] : undefined);
    const bare = item.p === undefined && word !== undefined && PREPOSITIONS.has(word);
    if (item.p === undefined && !bare) {
      const at = nounIn(item, toks, objects, pos, c.predicate.last + 1 < c.end ? c.predicate.last + 1 : -1, Math.min(c.end, ...c.preps.map((x) => x.at)));
      if (at < 0) return undefined;
      pos = at + 1;
      continue;
    }
    // a phrase after an "of" chain belongs to the noun ("expedite the transfer of the embassy … to Jerusalem")
    const ofChain = (x: Clause['preps'][number]) => word !== 'of' && c.preps.some((y) => y.prep === 'of' && y.at >= pos && y.at < x.at);
    const arg = c.preps.find((x) => x.prep === word && x.at >= pos && !ofChain(x) && (item.p !== undefined && item.w ? nounAt(item, toks, x.phrase.head) : names(x.phrase)));
    if (!arg) return undefined;
    if (item.t || !item.w || bare) target = arg.phrase;
    pos = arg.phrase.last + 1;
  }
  return target;
}

/** Words for a part of something: "suspended part of a military aid program" suspends the program. */
const PARTITIVES = new Set(['part', 'parts', 'some', 'all', 'most', 'much', 'rest', 'half', 'portion', 'bulk', 'many', 'one', 'several', 'each']);

/** The clause's objects, and the "of" phrase after a partitive object ("part of a military aid program"). */
export function objectsOf(c: Clause, s: Sentence): Phrase[] {
  const out = [c.object, c.object2].filter((x): x is Phrase => !!x);
  const o = c.object;
  if (o && PARTITIVES.has(s.tokens[o.head].norm) && !o.members.length) {
    const of = c.preps.find((x) => x.prep === 'of' && x.at === o.last + 1);
    if (of) out.push(of.phrase);
  }
  return out;
}

const PREPOSITIONS = new Set(['to', 'with', 'on', 'against', 'for', 'from', 'into', 'between', 'among', 'over', 'in', 'at', 'by', 'of', 'toward', 'towards', 'about', 'across', 'through']);

/**
 * The first token at or after `pos` where a noun item stands: in an object phrase (its head or a noun before it),
 * a noun of a coordinated object before the first prepositional argument ("launched artillery, mortar, and rocket
 * fire against"), or the word right after the verb.
 */
function nounIn(item: CameoItem, toks: Token[], objects: Phrase[], pos: number, right: number, objectEnd: number): number {
  for (const o of objects) {
    for (let k = Math.max(o.first, pos); k <= o.last; k++) if ((k === o.head || toks[k].tags.has('Noun') || toks[k].tags.has('Gerund')) && nounAt(item, toks, k)) return k;
  }
  if (objects.length) {
    for (let k = Math.max(pos, objects[0].last + 1); k < objectEnd; k++) if (toks[k].tags.has('Noun') && !toks[k].tags.has('ProperNoun') && nounAt(item, toks, k)) return k;
  }
  return right >= pos && nounAt(item, toks, right) && !item.m ? right : -1;
}

/** The words of a kg pattern after its lemma, right after the verb group (adverbs and a short place phrase may stand between). */
function phraseAfter(p: RelationPattern, c: Clause, s: Sentence): number {
  const toks = s.tokens;
  let j = c.predicate.particle ? c.predicate.last : c.predicate.head + 1;
  const rest = p.phrase.slice(1);
  if (c.predicate.particle && rest[0] !== c.predicate.particle) j = c.predicate.last + 1;
  for (const w of rest) {
    while (toks[j] && toks[j].tags.has('Adverb') && toks[j].norm !== w) j++;
    if (toks[j]?.norm !== w && toks[j]?.tags.has('Preposition') && w !== 'that') {
      // "meets in Damascus with", "complained to the United Nations on Tuesday over": past prepositional phrases, no comma
      let k = j + 1;
      while (k < c.end && k - j <= 8 && toks[k].norm !== w && !toks[k].tags.has('Verb') && !/[,;:()]/.test(toks[k - 1].post)) k++;
      if (toks[k]?.norm === w) j = k;
    }
    if (toks[j]?.norm !== w) return -1;
    j++;
  }
  return j;
}

interface PreparedPattern {
  pattern: CameoPattern;
  /** For each noun item, the first words of its alternatives (one must stand after the verb). */
  needs: string[][];
  /** The prepositions of its prepositional items. */
  preps: string[];
}
const PREPARED = new WeakMap<CameoVerb, PreparedPattern[]>();

/** A verb's patterns that make an event, longest first, with what each needs: made once per verb. */
function preparedPatterns(v: CameoVerb, lex: Lexicon): PreparedPattern[] {
  let out = PREPARED.get(v);
  if (out) return out;
  const patterns = v.patterns.filter((x) => (x.post.length || x.pre) && lex.cameo.reading(x.code)?.predicate);
  const sorted = [...patterns].sort((a, b) => b.post.length + (b.pre ? 1 : 0) - (a.post.length + (a.pre ? 1 : 0)));
  out = sorted.map((pattern) => {
    const needs: string[][] = [];
    const preps: string[] = [];
    for (const item of pattern.post) {
      const word = item.p ?? (item.w && item.w.size === 1 && !item.m ? [...item.w][0] : undefined);
      if (item.p !== undefined || (word !== undefined && PREPOSITIONS.has(word))) preps.push(word!);
      else if (item.w) needs.push([...new Set([...item.w].map((w) => w.split(' ')[0]))]);
    }
    return { pattern, needs, preps };
  });
  PREPARED.set(v, out);
  return out;
}

/** The words after the clause's verb, as written, as lemmas and in the singular. */
function clauseWords(c: Clause, toks: Token[]): Set<string> {
  const end = Math.max(c.end, ...[c.object, c.object2, ...c.preps.map((x) => x.phrase)].map((x) => (x ? x.last + 1 : 0)));
  const out = new Set<string>();
  const at = new Set<number>();
  for (let k = c.predicate.last + 1; k < end && k < toks.length; k++) at.add(k);
  // a passive clause's object may stand before the verb
  for (const o of [c.object, c.object2]) if (o) for (let k = o.first; k <= o.last; k++) at.add(k);
  for (const k of at) {
    const t = toks[k];
    out.add(t.norm).add(t.root);
    if (/[^s]s$/.test(t.norm)) out.add(t.norm.slice(0, -1));
    if (/ies$/.test(t.norm)) out.add(`${t.norm.slice(0, -3)}y`);
  }
  // "set off", "pull out": the word right after the verb may be its particle, inside the group
  if (c.predicate.particle) out.add(c.predicate.particle);
  return out;
}

const READINGS = new WeakMap<Clause, Reading | null>();

/** The vocabulary's reading of a clause's predicate, most specific first; undefined when it names no relation. Read once per clause. */
export function readPredicate(c: Clause, s: Sentence, lex: Lexicon, phraseAt: (k: number) => Phrase | undefined): Reading | undefined {
  const known = READINGS.get(c);
  if (known !== undefined) return known ?? undefined;
  const r = verbal(readClausePredicate(c, s, lex, phraseAt), c, lex);
  READINGS.set(c, r ?? null);
  return r;
}

/**
 * "Biden attacked Trump for the tweet", "slammed the minister over the deal": an attack on a person for what they
 * said or did is criticism (CAMEO 111), not force.
 */
function verbal(r: Reading | undefined, c: Clause, lex: Lexicon): Reading | undefined {
  if (!r || r.predicate !== 'ATTACKED' || !c.object?.members.length || !c.object.members.every((m) => m.category === 'Person')) return r;
  if (!c.preps.some((x) => (x.prep === 'for' || x.prep === 'over') && x.at > c.object!.last && !x.phrase.members.some((m) => m.category === 'City' || m.category === 'Location' || m.category === 'Country'))) return r;
  const criticism = lex.cameo.reading('111');
  return criticism?.predicate ? { ...r, predicate: criticism.predicate, code: '111', rule: `${r.rule}.verbal`, targets: targetsOf(criticism.predicate, lex) } : r;
}

function readClausePredicate(c: Clause, s: Sentence, lex: Lexicon, phraseAt: (k: number) => Phrase | undefined): Reading | undefined {
  const p = c.predicate;
  const toks = s.tokens;
  // kg's own patterns: a lemma and the words after it
  for (const kp of lex.relations) {
    if (kp.phrase[0] !== p.lemma) continue;
    if (p.passive && !kp.passive && kp.phrase.length === 1) continue;
    const after = phraseAfter(kp, c, s);
    if (after < 0) continue;
    let k = after;
    while (k < c.end && (toks[k].tags.has('Determiner') || toks[k].tags.has('Adjective')) && !phraseAt(k)) k++;
    // "the town of Kurmuk": the place's kind before its name
    if (lex.placeKinds.has(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'of') k += 2;
    const target = kp.phrase.length > 1 && !p.passive ? phraseAt(k) ?? (toks[k]?.tags.has('Determiner') ? phraseAt(k + 1) : undefined) : undefined;
    return {
      predicate: kp.predicate,
      ...(kp.cameo ? { code: kp.cameo } : {}),
      rule: kp.id,
      ...(target ? { target } : {}),
      targets: kp.targets ? new Set(kp.targets) : targetsOf(kp.predicate, lex),
      ...(kp.reciprocal ? { reciprocal: true } : {}),
    };
  }
  // the CAMEO dictionary: patterns of the verb, longest first, then the verb alone
  const verbs = lex.cameo.verbs.get(p.lemma) ?? [];
  const words = verbs.length ? clauseWords(c, toks) : undefined;
  for (const v of verbs) {
    if (v.particle && v.particle !== p.particle && toks[p.last + 1]?.norm !== v.particle) continue;
    for (const { pattern, needs, preps } of preparedPatterns(v, lex)) {
      // a lookup before the fit: each noun of the pattern, and each preposition, must stand in the clause
      if (!needs.every((alternatives) => alternatives.some((w) => words!.has(w))) || !preps.every((x) => c.preps.some((q) => q.prep === x))) continue;
      const target = fits(pattern, c, s);
      if (target === undefined) continue;
      const r = reading(pattern.code, `cameo.${v.block.toLowerCase()}.pattern`, lex, target ?? undefined, pattern.reverse);
      if (r) return { ...r, pattern: true };
    }
  }
  // "called the process a coup", "called Mohammad's admission a maneuver": naming, not a telephone call
  if (lex.clauses.naming.has(p.lemma) && !p.particle && (c.object2 || (c.object && !c.object.members.length))) return undefined;
  for (const v of verbs) {
    if (v.particle && v.particle !== p.particle) continue;
    if (v.alone && v.code) return reading(v.code, `cameo.${v.block.toLowerCase()}`, lex);
  }
  return undefined;
}

function reading(code: string, rule: string, lex: Lexicon, target?: Phrase, reverse?: boolean): Reading | undefined {
  const r = lex.cameo.reading(code);
  if (!r?.predicate) return undefined;
  return { predicate: r.predicate, code, rule, ...(target ? { target } : {}), targets: targetsOf(r.predicate, lex), ...(reverse ? { reverse: true } : {}), ...(r.factuality === 'intended' ? { intended: true } : {}) };
}
