/**
 * relate/events: relations read from the clause analysis — for each clause, its predicate looked up in the event
 * vocabulary (relate/vocabulary.ts) and its subject and object (or prepositional argument) as source and target,
 * with the clause's factuality; the embedding acts themselves ("urged X to …": URGED; "refused to meet Y": Y
 * REJECTED; "threatened to attack Y": THREATENED); reported speech ("X said (that) Y should …": URGED, else SAID);
 * attendance ("… at an informal meeting": ATTENDED).
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Category, Clause, Evidence, Factuality, Mention, Phrase, Relation, Sentence } from '../model.js';
import type { SentenceAnalysis } from '../clauses/index.js';
import type { RelationScope } from './scope.js';
import { objectsOf, readPredicate, targetsOf, type Reading } from './vocabulary.js';

const ACTORS: ReadonlySet<Category> = new Set(['Person', 'Country', 'Organization', 'Group']);
const MUTUAL = new Set(['MET_WITH', 'AGREED_WITH', 'COOPERATES_WITH', 'SIGNED']);
/** Categories whose intended acts PLOVER codes as threats (CAMEO 13), not as intentions to cooperate (CAMEO 03). */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST', 'THREATEN']);
/** Categories of act that an actor reporting another's act accuses it of (CAMEO: "A says B attacked" is 112). */
const ACCUSABLE = new Set(['ASSAULT', 'COERCE']);
const PLACE_ONLY = new Set(['in', 'near', 'at']);
/**
 * Where a CAMEO pattern's target stands when its noun is the object, in the order tried, after the prepositions
 * of the predicate itself ("sanctions on", "a curfew in"): "on", "for", "over" and "at" name a topic or a place
 * for most events ("reached a consensus on Afghanistan").
 */
const PATTERN_PREPOSITIONS = ['to', 'with', 'against', 'from', 'into', 'toward', 'towards', 'among', 'between'];
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'finally', 'lastly']);

/** The rule suffix that says how a subject not written before the verb was found. */
const via = (c: Clause) => {
  const v = c.subjectVia ?? '';
  if (v === 'passive.by') return '.passive';
  if (v === 'passive.by-shared') return '.passive+shared-agent';
  if (v === 'coordinated-verb') return '+coordinated-verb';
  if (v.startsWith('control')) return '+control';
  if (v.startsWith('relative')) return '+relative';
  if (v === 'participle.subject') return '+participle';
  return '';
};

/** The members of a phrase that may fill a slot of these categories; a capital stands for its country's government. */
export function fillers(p: Phrase | undefined, allowed: ReadonlySet<Category>): Mention[] {
  return (p?.members ?? []).flatMap((m): Mention[] => {
    if (allowed.has(m.category)) return [m];
    const capital = m.category === 'City' && m.rule === 'gazetteer.capital' && allowed.has('Country') && /^city:([A-Z]{3}):/.exec(m.entity);
    return capital ? [{ ...m, category: 'Country', entity: `country:${capital[1]}`, rule: 'capital-metonymy' }] : [];
  });
}

/** A phrase standing for a target: its own members, or what it names inside or as possessor ("proposed Israeli changes", "North Korea's demand"). */
interface Target {
  phrase: Phrase;
  members: Mention[];
  how: string;
}

function asTarget(p: Phrase | undefined, allowed: ReadonlySet<Category>, inner: boolean): Target | undefined {
  if (!p) return undefined;
  const own = fillers(p, allowed);
  if (own.length) return { phrase: p, members: own, how: '' };
  if (!inner) return undefined;
  const inside = (p as Phrase & { inside?: Mention[] }).inside ?? [];
  const named = fillers({ ...p, members: inside }, allowed).filter((m) => m.category !== 'City' && m.category !== 'Location');
  if (named.length) return { phrase: p, members: named, how: '+inside' };
  const owner = p.possessor ? fillers(p.possessor, allowed) : [];
  if (owner.length) return { phrase: p, members: owner, how: '+possessor' };
  return undefined;
}

/**
 * The target of a reading: where the vocabulary says, else the object (or the second object) — the entity it names,
 * or, for a common noun, the entity inside it or its possessor ("rejected North Korea's demand"), or the entity
 * of an "of" phrase after it ("expelled inspectors of the IAEA") — else a prepositional argument of the
 * predicate's ("met with X", "sanctions on X").
 */
function targetOf(c: Clause, r: Reading, lex: Lexicon, a: SentenceAnalysis, sources: Mention[]): Target | undefined {
  const allowed = r.targets ?? ACTORS;
  // "will withdraw their peacekeeping force from Chad": what the actor owns is not its target
  const other = (t: Target | undefined) => notSources(t, sources);
  if (r.target) return asTarget(r.target, allowed, true);
  for (const p of objectsOf(c, a.sentence)) {
    // "host a meeting between X and Y", "launched a mediation effort between X and Y": the sides are the targets
    const between = p && !fillers(p, ACTORS).length ? c.preps.find((x) => x.prep === 'between' && x.at === p.last + 1) : undefined;
    const sides = between ? sidesOf(a, between.phrase, allowed) : [];
    if (sides.length > 1) return { phrase: between!.phrase, members: sides, how: '+between' };
    const t = other(asTarget(p, allowed, true));
    if (t) return t;
    // "expelled inspectors of the IAEA", "rejected recent calls by Belarus's rulers"; after an event noun, "of"
    // names what the event was done to ("condemned the arrest of Navalny by Russia": Russia)
    // (an act of its own, "the withdrawal of Serbian forces", names its actor after "of": that is whom it concerns)
    const event = p && isEventNoun(p, a.sentence, lex) && !lex.nominal.some((n) => n.ofActor && n.nouns.has(a.sentence.tokens[p.head].norm));
    const by = event ? c.preps.find((x) => x.prep === 'by' && x.at > p.last && x.at <= p.last + 6) : undefined;
    const byTarget = by && other(asTarget(by.phrase, allowed, true));
    if (byTarget) return { ...byTarget, how: '+by' };
    const of = p && !p.members.length && !event ? c.preps.find((x) => (x.prep === 'of' || x.prep === 'by') && x.at === p.last + 1) : undefined;
    const ofTarget = of && other(asTarget(of.phrase, allowed, true));
    if (ofTarget) return { ...ofTarget, how: `+${of.prep}` };
  }
  // a pattern's noun is the object ("gave a warm welcome to", "lifted a curfew in"): the target follows a preposition
  const preps = [...(lex.predicates.get(r.predicate)?.preps ?? []), ...(r.pattern ? PATTERN_PREPOSITIONS : [])];
  for (const prep of preps) {
    for (const x of c.preps) {
      if (x.prep !== prep) continue;
      if (PLACE_ONLY.has(prep) && !x.phrase.members.every((m) => m.category === 'City' || m.category === 'Location' || m.category === 'Country')) continue;
      const t = other(asTarget(x.phrase, allowed, !PLACE_ONLY.has(prep)));
      if (t) return t;
    }
  }
  return undefined;
}

/** Whether a phrase's head is a noun that names an event ("the arrest", "Israel's strikes"). */
const isEventNoun = (q: Phrase, s: Sentence, lex: Lexicon) => !q.members.length && lex.nominal.some((n) => n.nouns.has(s.tokens[q.head].norm));

/** The actors of a coordination from phrase `q` on: "between an Israeli peace movement and the PLO". */
export function sidesOf(a: SentenceAnalysis, q: Phrase, allowed: ReadonlySet<Category>): Mention[] {
  const toks = a.sentence.tokens;
  const out: Mention[] = [];
  let last: Phrase | undefined;
  for (const p of a.phrases) {
    if (p.first < q.first) continue;
    if (last) {
      const gap = toks.slice(last.last + 1, p.first).filter((t) => !t.tags.has('Determiner')).map((t) => t.norm);
      if (!(gap.length === 1 && gap[0] === 'and') && !(gap.length === 0 && /,\s*$/.test(toks[last.last].post))) break;
    }
    const t = asTarget(p, allowed, true);
    if (!t) break;
    out.push(...t.members);
    last = p;
  }
  return out;
}

/** The eventType an edge carries: its category when it happened or is reported; an intention as PLOVER codes it; none otherwise. */
export function eventTypeFor(category: string | undefined, factuality: Factuality, intentCode: boolean): string | undefined {
  if (!category || factuality === 'negated' || factuality === 'demanded') return undefined;
  if (factuality === 'intended' && !intentCode) return HOSTILE.has(category) ? 'THREATEN' : category === 'DEMAND' || category === 'DISAPPROVE' || category === 'REJECT' ? category : 'AGREE';
  return category;
}

interface Read {
  clause: Clause;
  reading?: Reading;
  target?: Target;
  sources: Mention[];
}

/** Rule family of the clause reader: relations from each sentence's clauses. The phrases it read an event at are added to `read`. */
export function clauseRelations(scope: RelationScope, analyses: SentenceAnalysis[]) {
  const lex = scope.lex;
  let proposer: Mention[] = [];
  for (const a of analyses) {
    const s = a.sentence;
    const byFirst = new Map(a.phrases.map((p) => [p.first, p]));
    const phraseAt = (k: number) => byFirst.get(k);
    // speech acts first: what they make of the clauses they embed ("X said Y should …" is a demand)
    for (const c of a.clauses) speech(scope, s, c, a.clauses);
    const reads: Read[] = [];
    for (const c of a.clauses) {
      const imperative = !c.subject && c.kind === 'main' && (c.predicate.first === 0 || (c.predicate.first === 1 && ORDINALS.has(s.tokens[0].norm) && /,/.test(s.tokens[0].post)));
      const sources = imperative ? proposer : subjectActors(c, a, lex);
      const own = lex.clauses.embedding.get(c.predicate.lemma)?.own;
      const reading = readPredicate(c, s, lex, phraseAt) ?? (own ? readingOf(own, lex) : undefined);
      const found = reading && targetOf(c, reading, lex, a, sources);
      // (an agent read inside the act does it to the passive verb's patient, not to the place it happened in)
      const target = found && sources.some((m) => m.rule.endsWith('+agent-inside-act')) && (found.phrase !== c.object || found.how) ? undefined : found;
      reads.push({ clause: c, reading, target, sources });
      if (!reading || !sources.length || !target) continue;
      if (reading.predicate === 'PROPOSED') proposer = sources;
      emit(scope, s, c, reading, sources, target, imperative ? '+proposal-item' : via(c));
      // the noun a pattern read the event at ("imposed sanctions on") is read; an object that is only the target
      // of the verb ("demanded the withdrawal of Serbian forces") still names its own event
      const embeds = !!lex.clauses.embedding.get(c.predicate.lemma)?.to && !reading.pattern;
      // "condemned the arrest of Navalny by Russia": an event noun that is only the object names its own event
      const eventObject = (q: Phrase) => !reading.pattern && isEventNoun(q, s, lex);
      for (const q of [c.object, c.object2, target.phrase]) if (q && !(embeds && q !== target.phrase) && !eventObject(q)) scope.read.add(q);
    }
    for (const r of reads) {
      const c = r.clause;
      if (!r.reading || !r.sources.length || r.target) continue;
      // the embedding act's own event, whose target is the embedded clause's: "refused to meet Kosovo", "threatened to attack Israel"
      const child = reads.find((x) => x.clause.parent === c.index && x.clause.kind === 'infinitive');
      // "promised to continue aid to Mozambique": an intention is the intended event itself, once that is read
      const intent = r.reading.code && lex.cameo.category(r.reading.code)?.category === 'AGREE';
      const nounEvent = (q: Phrase | undefined) => !!q && lex.nominal.some((n) => n.nouns.has(s.tokens[q.head].norm));
      const intendedRead = intent && child && ((child.reading && child.target && child.sources.length) || nounEvent(child.clause.object));
      // "X, Y and Z sued to be allowed to vote", "blocked a road to show their disapproval of Y": the embedded
      // clause's argument that is the actors themselves is no target
      const target = intendedRead ? undefined : child && (notSources(child.target, r.sources) ?? firstTarget(child.clause, r.reading.targets ?? ACTORS, r.sources));
      if (target) {
        emit(scope, s, c, { ...r.reading, rule: `${r.reading.rule}.embedded` }, r.sources, target, via(c));
        continue;
      }
      // "Abiy Ahmed and Hassan Sheikh Mohamud meet in Addis Ababa": each met the others
      if ((r.reading.reciprocal || MUTUAL.has(r.reading.predicate) || lex.clauses.reciprocal.has(c.predicate.lemma)) && r.sources.length > 1 && !fillers(c.object, ACTORS).length) {
        const head = s.tokens[c.predicate.head];
        // a mutual act is one edge; "exchanged fire" is an attack each way
        const both = !MUTUAL.has(r.reading.predicate);
        for (const x of r.sources) for (const y of r.sources) if (x.entity < y.entity || (both && x.entity !== y.entity)) add(scope, s, x, r.reading.predicate, y, r.reading.code, effective(c, r.reading), c.factualityRule, `${r.reading.rule}.reciprocal${via(c)}`, [c.subject!, { start: head.start, end: head.end }]);
      }
    }
    for (const r of reads) {
      const c = r.clause;
      const parent = c.parent !== undefined ? a.clauses[c.parent] : undefined;
      const category = r.reading?.code ? lex.cameo.category(r.reading.code)?.category : undefined;
      // an attempt at a violent act is the assault: "attempted to assassinate" (CAMEO 185)
      const violent = parent && c.kind === 'infinitive' && lex.clauses.embedding.get(parent.predicate.lemma)?.violent;
      if (violent && category === 'ASSAULT' && r.target && r.sources.length && parent.factuality !== 'negated') {
        emit(scope, s, { ...c, factuality: parent.factuality, factualityRule: parent.factualityRule }, { ...readingOf(violent, lex)!, rule: `embedding.${parent.predicate.lemma}` }, r.sources, r.target, via(c));
      }
      // what an actor says another did: it accuses it ("Iraq claimed that Turkey had attacked …")
      if (c.factuality !== 'reported' || !parent || !category || !ACCUSABLE.has(category) || !r.target) continue;
      // (not its own country's act: "Trump said Hamza bin Laden was killed in a US operation")
      const speakers = fillers(parent.subject, ACTORS);
      const own = (x: Mention, y: Mention) => scope.relations.some((l) => (l.predicate === 'REPRESENTS' || l.predicate === 'PART_OF') && l.source === x.entity && l.target === y.entity);
      for (const sp of speakers) for (const accused of r.sources) if (sp.entity !== accused.entity && !own(sp, accused)) add(scope, s, sp, 'ACCUSED', accused, '112', 'asserted', 'factuality.asserted', `accuse.reported-act`, [parent.subject!, c.subject ?? r.target.phrase]);
    }
    for (const c of a.clauses) {
      const sources = fillers(c.subject, ACTORS);
      if (sources.length) attended(scope, s, c, sources);
    }
  }
}

/** Nouns for an armed act that the event vocabulary does not list as events of their own. */
const OPERATIONS = new Set(['operation', 'operations', 'raid', 'raids', 'offensive', 'crackdown', 'ambush']);

/** Nouns of a number or a part of a body of people: "tens of thousands of students", "a group of Yoruba leaders". */
const PARTITIVES = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'group', 'groups', 'number', 'crowd', 'crowds', 'band', 'contingent', 'members', 'some', 'many', 'most', 'several', 'majority', 'delegation', 'unit', 'units']);

/**
 * The actors of a clause's subject: its entities, or, for a number or part of a body of people, the entities of
 * the "of" phrase after it ("Tens of thousands of university students throughout Indonesia staged …").
 */
function subjectActors(c: Clause, a: SentenceAnalysis, lex: Lexicon): Mention[] {
  const own = fillers(c.subject, ACTORS);
  const toks = a.sentence.tokens;
  // "was killed in a US counter-terrorism operation", "were killed by an Israeli airstrike": the actor named inside
  // the act that did it is the agent of a passive verb
  if (!own.length && c.predicate.passive) {
    const acts = [c.subject, ...c.preps.filter((x) => x.prep === 'in' || x.prep === 'during').map((x) => x.phrase)];
    for (const q of acts) {
      if (!q || q.members.length || !(isEventNoun(q, a.sentence, lex) || OPERATIONS.has(toks[q.head].norm))) continue;
      const inside = fillers({ ...q, members: (q as Phrase & { inside?: Mention[] }).inside ?? [] }, ACTORS).filter((m) => m.category !== 'Person');
      const by = inside.length ? inside : fillers(q.possessor, ACTORS);
      if (by.length) return by.map((m) => ({ ...m, rule: `${m.rule}+agent-inside-act` }));
    }
  }
  let q: Phrase | undefined = c.subject;
  for (let hop = 0; !own.length && q && hop < 2 && PARTITIVES.has(toks[q.head].norm) && toks[q.last + 1]?.norm === 'of'; hop++) {
    const from = toks[q.last + 2]?.norm === 'the' ? q.last + 3 : q.last + 2;
    q = a.phrases.find((p) => p.first === from || (p.first < from && p.last >= from));
    const found = fillers(q, ACTORS);
    if (found.length) return found;
  }
  return own;
}

/** A target unless it is only the sources themselves. */
const notSources = (t: Target | undefined, sources: Mention[]) => (t && !t.members.every((m) => sources.some((x) => x.entity === m.entity)) ? t : undefined);

/** The first phrase of a clause that holds a target other than the sources: its object, second object, or a prepositional argument. */
function firstTarget(c: Clause, allowed: ReadonlySet<Category>, sources: Mention[]): Target | undefined {
  for (const p of [c.object, c.object2, ...c.preps.filter((x) => !PLACE_ONLY.has(x.prep) || !x.phrase.members.length || x.phrase.members.some((m) => m.category !== 'Person')).map((x) => x.phrase)]) {
    const t = notSources(asTarget(p, allowed, true), sources);
    if (t) return t;
  }
  return undefined;
}

/** The factuality an edge read at a clause carries: the clause's, or "intended" for a CAMEO intention read as fact. */
const effective = (c: Clause, r: Reading): Factuality => (r.intended && c.factuality === 'asserted' ? 'intended' : c.factuality);

const readingOf = (code: string, lex: Lexicon): Reading | undefined => {
  const r = lex.cameo.reading(code);
  return r?.predicate ? { predicate: r.predicate, code, rule: `embedding.${code}`, targets: targetsOf(r.predicate, lex) } : undefined;
};

function emit(scope: RelationScope, s: Sentence, c: Clause, reading: Reading, sources: Mention[], target: Target, suffix: string) {
  const factuality = effective(c, reading);
  const head = s.tokens[c.predicate.head];
  const spans = [c.subject, target.phrase].filter((x): x is Phrase => !!x);
  for (const x of sources) {
    for (const y of target.members) {
      const [from, to] = reading.reverse ? [y, x] : [x, y];
      add(scope, s, from, reading.predicate, to, reading.code, factuality, c.factualityRule, `${reading.rule}${suffix}${target.how}${metonymy(x, y)}`, [...spans, { start: head.start, end: head.end }]);
    }
  }
}

const metonymy = (...ms: Mention[]) => (ms.some((m) => m.rule === 'capital-metonymy') ? '+capital-metonymy' : '') + (ms.some((m) => m.rule.endsWith('+agent-inside-act')) ? '+agent-inside-act' : '');

/** One relation with its code, category, factuality and evidence; nothing from an entity to itself. */
function add(scope: RelationScope, s: Sentence, from: Mention, predicate: string, to: Mention, code: string | undefined, factuality: Factuality, factualityRule: string, rule: string, spans: Array<{ start: number; end: number }>) {
  if (from.entity === to.entity) return;
  const lex = scope.lex;
  const known = code ? lex.cameo.category(code) : undefined;
  const category = known?.category ?? lex.predicates.get(predicate)?.eventType ?? undefined;
  const intentCode = !!code && lex.cameo.reading(code)?.factuality === 'intended';
  const eventType = eventTypeFor(category, factuality, intentCode);
  const ev: Evidence = { ...scope.evidence(s, rule, ...spans), ...(factuality !== 'asserted' ? { factualityRule } : {}) };
  const relation: Relation = {
    source: from.entity,
    predicate,
    target: to.entity,
    ...(eventType ? { eventType } : {}),
    ...(code && eventType ? { cameo: code } : {}),
    ...(known?.mode && eventType ? { mode: known.mode } : {}),
    ...(factuality !== 'asserted' ? { factuality } : {}),
    evidence: [ev],
  };
  scope.relations.push(relation);
}

/**
 * Reported speech at a verb of saying with a clause said: "X said (that) Y should …" is X URGED Y (rule
 * `urge.reported-speech`) and makes the clause said a demand; otherwise X SAID Y, Y being the named subject of the
 * clause said (`said.reported-speech`), or to whom it was told ("X told Y …").
 */
function speech(scope: RelationScope, s: Sentence, c: Clause, clauses: Clause[]) {
  const e = scope.lex.clauses.embedding.get(c.predicate.lemma);
  if (!e?.that || c.predicate.passive) return;
  const speakers = fillers(c.subject, ACTORS);
  if (!speakers.length || insideNounPhrase(s, c)) return;
  const said = clauses.filter((k) => k.parent === c.index && k.kind === 'complement' && k.link !== 'ing' && k.link !== 'of' && k.link !== 'for');
  const heard = c.predicate.lemma === 'tell' ? fillers(c.object, ACTORS) : [];
  for (const k of said) {
    const subjects = fillers(k.subject, ACTORS);
    // "X said Y must …", "X demanded that Y end …": a demand of Y
    const obliged = k.predicate.modal === 'obligation' || e.that === 'demanded';
    if (obliged) {
      k.factuality = 'demanded';
      k.factualityRule = 'factuality.reported-obligation';
    }
    // "Hawkins, Blankenship and Carroll argued they should …": speakers who speak of themselves urge no one
    if (!heard.length && subjects.some((y) => speakers.some((x) => x.entity === y.entity))) continue;
    const to = heard.length ? heard : subjects;
    // "Johnson stated that Britain must leave": an official who says what their own country must do urges no one
    const own = (x: Mention, y: Mention) => obliged && scope.relations.some((r) => r.predicate === 'REPRESENTS' && r.source === x.entity && r.target === y.entity);
    for (const x of speakers) for (const y of to) if (x.entity !== y.entity && !own(x, y)) add(scope, s, x, obliged ? 'URGED' : 'SAID', y, obliged ? '100' : undefined, c.factuality, c.factualityRule, `${obliged ? 'urge' : 'said'}.reported-speech${via(c)}`, [c.subject!, ...(heard.length ? [c.object!] : [k.subject!])]);
  }
  // '"It was incredible," Smith told Wikinews', "Kerry told Lavrov about the shelling": whom something was told,
  // with no clause said read after the verb (a speaker named there, not a pronoun: the antecedent a pronoun finds
  // knows no gender; not across a quotation mark inside the phrase of whom it was told)
  if (!said.length && heard.length && !c.subject?.pronoun && !/["“”]/.test(scope.text.slice(c.object!.start, c.object!.end))) {
    for (const x of speakers) for (const y of heard) if (x.entity !== y.entity) add(scope, s, x, 'SAID', y, undefined, c.factuality, c.factualityRule, `said.told${via(c)}`, [c.subject!, c.object!]);
  }
}

/** A name inside another noun's phrase, so not the speaker: "the family of British national Craig Foreman says". */
function insideNounPhrase(s: Sentence, c: Clause): boolean {
  const toks = s.tokens;
  const first = c.subject?.first ?? 0;
  let of = first - 1;
  while (of > 0 && first - of <= 3 && toks[of].norm !== 'of' && !/[,;:()"]/.test(toks[of].post) && (toks[of].tags.has('Noun') || toks[of].tags.has('Adjective'))) of--;
  return of > 0 && toks[of].norm === 'of';
}

/** Rule `attended.at-event`: "X, Y and Z reached a consensus at an informal meeting": the subject attended the event. */
function attended(scope: RelationScope, s: Sentence, c: Clause, sources: Mention[]) {
  if (c.subjectVia) return;
  const at = c.preps.find((x) => ['at', 'during', 'in', 'on'].includes(x.prep) && x.phrase.members.some((m) => m.category === 'Event'));
  if (!at) return;
  const event = at.phrase.members.find((m) => m.category === 'Event')!;
  for (const x of sources) add(scope, s, x, 'ATTENDED', event, '040', c.factuality, c.factualityRule, 'attended.at-event', [c.subject!, at.phrase]);
}
