/**
 * relate/nominal: events named by a noun — "a Russian drone attack on Kyiv", "Israel's strikes on Gaza", "a drone
 * strike by the Sudanese Armed Forces in Heglig", "Russian forces launch an attack on Kyiv" (the light verb's
 * subject), "Boko Haram militants kill 25 workers in an attack on a base" (the clause's subject), "talks between
 * Iran and the United States" — read on the clause analysis: the noun's phrase, what stands inside it or owns it,
 * the clause it is an argument of, and the prepositional phrases after it. The event takes the factuality of its
 * clause ("will launch an attack" is intended), and a word such as "potential" or "planned" makes it intended.
 * Patterns are data (lexicon `nominal`); the rule id is the pattern's, with how the actor was found.
 */
import type { SentenceAnalysis } from '../clauses/index.js';
import type { SentencePhrase } from '../clauses/phrases.js';
import type { Lexicon, NominalPattern } from '../lexicon/index.js';
import type { Category, Clause, Factuality, Mention, Phrase, Sentence, Token } from '../model.js';
import { eventTypeFor, fillers, sidesOf } from './events.js';
import type { RelationScope } from './scope.js';

const ACTORS: ReadonlySet<Category> = new Set(['Person', 'Country', 'Organization', 'Group']);
const TARGETS: ReadonlySet<Category> = new Set(['Country', 'City', 'Location', 'Organization', 'Person', 'Group']);
const PLACES: ReadonlySet<Category> = new Set(['Country', 'City', 'Location']);
/** Words that make the event one that has not happened. */
const IRREALIS = new Set(['potential', 'possible', 'planned', 'threatened', 'future', 'proposed', 'hypothetical', 'imminent', 'feared', 'expected', 'scheduled', 'looming', 'prospective']);
const DIRECTIONS = /^(outside|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;
/** Verbs whose subject carries out the event their object names, for every event noun ("launched", "announced"). */
const LIGHT_VERBS = new Set(['launch', 'carry', 'conduct', 'stage', 'mount', 'begin', 'start', 'continue', 'resume', 'provide', 'give', 'offer', 'send', 'extend', 'impose', 'announce', 'order', 'pledge', 'approve', 'declare', 'intensify', 'step', 'deliver', 'grant']);
/** Prepositions that put an event noun in the circumstances of a clause: "kill 25 workers in an attack on …". */
const CIRCUMSTANTIAL = new Set(['in', 'during', 'with', 'amid', 'after']);

/** Rule family `<pattern>.noun`: the events named by nouns in each sentence. */
export function nominalRelations(scope: RelationScope, analyses: SentenceAnalysis[]) {
  const consumed = scope.read;
  const lex = scope.lex;
  for (const a of analyses) {
    for (const p of a.phrases) {
      const noun = a.sentence.tokens[p.head];
      const pattern = noun && lex.nominal.find((n) => n.nouns.has(noun.norm));
      if (!pattern || consumed.has(p) || (p.members.length && !p.members.every((m) => m.category === 'Event')) || ended(a, p)) continue;
      readNoun(scope, a, p, pattern, lex);
    }
  }
}

/** Nouns for the end of an event: "the lifting of U.S. sanctions on Syria" is not a sanction. */
const ENDINGS = new Set(['lifting', 'removal', 'easing', 'end', 'ending', 'suspension', 'cancellation', 'repeal', 'halt', 'collapse', 'breakdown', 'failure', 'rejection']);
function ended(a: SentenceAnalysis, p: Phrase): boolean {
  const toks = a.sentence.tokens;
  let k = p.first - 1;
  if (toks[k]?.norm !== 'of') return false;
  k--;
  return !!toks[k] && ENDINGS.has(toks[k].norm);
}

function readNoun(scope: RelationScope, a: SentenceAnalysis, p: SentencePhrase, pattern: NominalPattern, lex: Lexicon) {
  const s = a.sentence;
  const toks = s.tokens;
  const asObject = a.clauses.find((c) => c.object === p || c.object2 === p);
  const inPrep = a.clauses.find((c) => c.preps.some((x) => x.phrase === p));
  const asSubject = a.clauses.find((c) => c.subject === p && (!c.subjectVia || c.subjectVia === 'relative.head'));
  const clause = asObject ?? asSubject ?? inPrep;
  // the actor: inside the phrase, its possessor, "by" after it, the light verb's subject, the clause's subject
  let actors: Mention[] = fillers({ ...p, members: p.inside }, ACTORS);
  let how = '';
  if (!actors.length && p.possessor) {
    actors = fillers(p.possessor, ACTORS);
    how = '.possessor';
  }
  if (!actors.length) {
    const by = agentAfter(a, p);
    if (by) {
      actors = by;
      how = '.by';
    }
  }
  if (!actors.length && asObject && [pattern.lightVerbs, LIGHT_VERBS].some((set) => set.has(asObject.predicate.lemma) || set.has(toks[asObject.predicate.head].norm))) {
    actors = fillers(asObject.subject, ACTORS);
    how = '.light-verb';
  }
  // "the withdrawal of Serbian forces from Bosnia": the actor of an intransitive act follows "of"
  let k = p.last + 1;
  if (!actors.length && pattern.ofActor && toks[k]?.norm === 'of' && !/[,;:()]/.test(toks[p.last].post)) {
    const q = a.phrases.find((x) => x.first > k && x.first <= k + 2);
    const of = q ? fillers(q, ACTORS) : [];
    if (of.length) {
      actors = of;
      how = '.of';
      k = q!.last + 1;
    }
  }
  const circumstance = inPrep?.preps.find((x) => x.phrase === p && CIRCUMSTANTIAL.has(x.prep));
  if (!actors.length && inPrep && circumstance) {
    actors = fillers(inPrep.subject, ACTORS);
    how = '.clause-subject';
  }
  const factuality = factualityOf(clause, p, s, lex, !!asObject);
  // the target: after the noun, one of the pattern's prepositions; both sides of "between"; else a place
  const after = (k: number) => {
    let j = k + 1;
    while (toks[j] && !a.phrases.some((q) => q.first === j) && (toks[j].tags.has('Determiner') || toks[j].tags.has('Adjective') || toks[j].tags.has('Adverb')) && !/[,;:()]/.test(toks[j].post)) j++;
    return a.phrases.find((q) => q.first <= Math.max(j, k + 2) && q.first > k);
  };
  if (pattern.between && toks[k]?.norm === 'between') {
    const sides = a.phrases.find((q) => q.first > k && q.first <= k + 2);
    const members = sides ? sidesOf(a, sides, ACTORS) : [];
    if (members.length === 2) add(scope, s, members[0], pattern, members[1], factuality, `${pattern.id}.between`, [p, sides!]);
    return;
  }
  if (!actors.length) return;
  let targets: Mention[] = [];
  let target: Phrase | undefined;
  if (toks[k] && pattern.targetPrepositions.has(toks[k].norm)) {
    target = after(k);
    targets = target ? [...fillers(target, TARGETS), ...(fillers(target, TARGETS).length ? [] : fillers({ ...target, members: (target as SentencePhrase).inside }, ACTORS))] : [];
    // "an attack on a Nigerian military base … in Sabon Gari": the place named beats the demonym of what was hit
    const demonymOnly = targets.length > 0 && targets.every((m) => m.form === 'demonym') && target && !fillers(target, TARGETS).length;
    const place = demonymOnly ? placeAfter(a, target!, pattern) : undefined;
    if (place) {
      target = place;
      targets = coordinated(a, place);
    }
  }
  // "gave a warm welcome on Thursday to de Klerk": a light verb's prepositional arguments are its noun's
  if (!targets.length && how === '.light-verb' && asObject) {
    const arg = asObject.preps.find((x) => x.at > p.last && pattern.targetPrepositions.has(x.prep) && fillers(x.phrase, TARGETS).length);
    if (arg) {
      target = arg.phrase;
      targets = fillers(arg.phrase, TARGETS);
    }
  }
  if (!targets.length) {
    const place = placeAfter(a, p, pattern);
    if (place) {
      target = place;
      targets = coordinated(a, place);
    }
  } else if (asSubject && target) {
    // "Israeli strikes on the Gaza Strip kill five people in Khan Yunis": the places the clause then names
    const place = asSubject.preps.find((x) => pattern.placePrepositions.has(x.prep) && x.at > target!.last && fillers(x.phrase, PLACES).length);
    if (place) targets.push(...coordinated(a, place.phrase));
  }
  for (const x of actors) for (const y of targets) if (x.entity !== y.entity) add(scope, s, x, pattern, y, factuality, `${pattern.id}${how}`, [p, ...(target ? [target] : [])]);
}

/** "a drone strike by the Sudanese Armed Forces", "drone strikes launched yesterday by the Rapid Support Forces". */
function agentAfter(a: SentenceAnalysis, p: Phrase): Mention[] | undefined {
  const toks = a.sentence.tokens;
  let k = p.last + 1;
  const participle = a.clauses.find((c) => c.modifies === p && c.kind === 'relative');
  if (participle?.subject && participle.subjectVia === 'passive.by') return fillers(participle.subject, ACTORS);
  // "the arrest of Alexei Navalny by Russia": past the "of" phrase
  if (toks[k]?.norm === 'of') {
    const of = a.phrases.find((x) => x.first > k && x.first <= k + 2);
    if (of && toks[of.last + 1]?.norm === 'by' && !/[,;:()]/.test(toks[of.last].post)) k = of.last + 1;
  }
  if (toks[k]?.norm !== 'by' || /[,;:()]/.test(toks[k - 1].post)) return undefined;
  k++;
  const q = a.phrases.find((x) => x.first >= k && x.first <= k + 1);
  const actors = q ? fillers(q, ACTORS) : [];
  return actors.length ? actors : undefined;
}

/** A place after one of the pattern's place prepositions, within the clause ("a Russian drone attack in Zaporizhzhia"). */
function placeAfter(a: SentenceAnalysis, p: Phrase, pattern: NominalPattern): Phrase | undefined {
  const toks = a.sentence.tokens;
  for (let k = p.last + 1; k < toks.length && k <= p.last + 10; k++) {
    if (/[;:]/.test(toks[k - 1].post)) return undefined;
    // "southwest of Gaza City": a direction from a place names where it was
    const direction = toks[k].norm === 'of' && DIRECTIONS.test(toks[k - 1].norm) && pattern.placePrepositions.size > 0;
    if (!pattern.placePrepositions.has(toks[k].norm) && !direction) continue;
    const q = a.phrases.find((x) => x.first > k && x.first <= k + 2);
    if (q && fillers(q, PLACES).length && q.members.every((m) => m.form !== 'demonym')) return q;
  }
  return undefined;
}

/**
 * "in Khan Yunis and Deir al-Balah", "in Novokuybyshevsk, Samara Oblast and Saratov, Saratov Oblast, Russia": each
 * place of a coordination; a place after a comma is the apposition of the one before (its region, its country).
 */
function coordinated(a: SentenceAnalysis, q: Phrase): Mention[] {
  // within one listed phrase too: "in El Geneina, West Darfur, Sudan" is El Geneina
  const listed = fillers(q, PLACES);
  const out = listed.filter((m, i) => i === 0 || wordsBetween(a, listed[i - 1], m).includes('and'));
  const toks = a.sentence.tokens;
  const kind = q.members[0]?.category;
  let last = q;
  for (const next of a.phrases.filter((x) => x.first > q.last)) {
    const gap = toks.slice(last.last + 1, next.first).map((t) => t.norm);
    const comma = /,\s*$/.test(toks[last.last].post) && gap.length === 0;
    const and = gap.length === 1 && gap[0] === 'and';
    if (!fillers(next, PLACES).length || !(comma || and)) break;
    if (and && next.members[0]?.category === kind) out.push(...fillers(next, PLACES));
    last = next;
  }
  return out;
}

/**
 * The words of the noun phrase before an event noun's head, through "of" chains and lists of adjectives ("a
 * potential, unconfirmed second round of talks"), up to a verb or another preposition.
 */
function nounPhraseBefore(s: Sentence, p: Phrase): Token[] {
  const toks = s.tokens;
  let j = p.head - 1;
  while (j >= 0 && p.head - j <= 10) {
    const t = toks[j];
    // (an attributive participle, "unconfirmed", "planned", belongs to it)
    if (j < p.first && t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Participle') && !(t.tags.has('PastTense') && /ed$/.test(t.norm) && !toks[j + 1].tags.has('Determiner'))) break;
    if (j < p.first && t.tags.has('Preposition') && t.norm !== 'of') break;
    if (/[;:()]/.test(t.post)) break;
    j--;
  }
  return toks.slice(j + 1, p.head);
}

/** The words between two mentions of a sentence. */
const wordsBetween = (a: SentenceAnalysis, x: Mention, y: Mention) => a.sentence.tokens.filter((t) => t.start >= x.end && t.end <= y.start).map((t) => t.norm);

/**
 * The factuality of a noun's event: that of its clause, unless a word in or before the phrase makes it irreal, or
 * the noun is the object of a verb that embeds it ("demanded the withdrawal of": demanded; "rejected the
 * deployment of": negated; "proposed talks with": intended), as that verb makes its infinitive.
 */
function factualityOf(clause: Clause | undefined, p: Phrase, s: Sentence, lex: Lexicon, object: boolean): { value: Factuality; rule: string } {
  const before = nounPhraseBefore(s, p);
  if ([...before, ...s.tokens.slice(Math.max(0, p.first - 3), p.first)].some((t) => IRREALIS.has(t.norm))) return { value: 'intended', rule: 'factuality.irrealis-noun' };
  // "ahead of talks between …", "before the summit": an event still to come
  const at = before.length ? s.tokens.indexOf(before[0]) : p.first;
  const prev = s.tokens.slice(Math.max(0, at - 2), at).map((t) => t.norm).join(' ');
  if (/(^| )(ahead of|before|awaiting|await)$/.test(prev)) return { value: 'intended', rule: 'factuality.upcoming' };
  const embedded = object && clause ? lex.clauses.embedding.get(clause.predicate.lemma)?.to : undefined;
  if (clause && embedded && embedded !== 'asserted' && clause.factuality !== 'negated') return { value: embedded as Factuality, rule: `factuality.embedded.${clause.predicate.lemma}` };
  return clause ? { value: clause.factuality, rule: clause.factualityRule } : { value: 'asserted', rule: 'factuality.asserted' };
}

function add(scope: RelationScope, s: Sentence, actor: Mention, p: NominalPattern, target: Mention, f: { value: Factuality; rule: string }, rule: string, spans: Phrase[]) {
  const category = p.cameo ? scope.lex.cameo.category(p.cameo) : undefined;
  const eventType = eventTypeFor(category?.category, f.value, false);
  const ev = { ...scope.evidence(s, rule, ...spans), ...(f.value !== 'asserted' ? { factualityRule: f.rule } : {}) };
  scope.relations.push({
    source: actor.entity,
    predicate: p.predicate,
    target: target.entity,
    ...(eventType ? { eventType } : {}),
    ...(eventType && p.cameo ? { cameo: p.cameo } : {}),
    ...(eventType && category?.mode ? { mode: category.mode } : {}),
    ...(f.value !== 'asserted' ? { factuality: f.value as Exclude<Factuality, 'asserted'> } : {}),
    evidence: [ev],
  });
}
