/**
 * clauses: the clause analysis of a resolved document — for every sentence its noun phrases and clauses (predicate,
 * arguments, the clause each hangs on), pronouns pointed back to the entity they stand for, and the factuality of
 * every clause: whether what it says happened, by its own verb group ("had not met", "will visit") and by the verb
 * it is embedded under ("refused to meet", "urged Canada to aid", "claimed that Turkey had attacked").
 */
import { lexicon, type Lexicon } from '../lexicon/index.js';
import type { Clause, Factuality, Group, Mention, ParsedDocument, Phrase, Sentence } from '../model.js';
import { readClauses } from './clauses.js';
import { actingAfter, phrasesOf, type SentencePhrase } from './phrases.js';
import { verbGroups } from './verbs.js';

export interface SentenceAnalysis {
  sentence: Sentence;
  phrases: SentencePhrase[];
  clauses: Clause[];
}

/** The clause analysis of each sentence, in order. Pure. */
export function analyzeClauses(parsed: ParsedDocument, mentions: Mention[], groups: Group[], lex: Lexicon = lexicon()): SentenceAnalysis[] {
  const out: SentenceAnalysis[] = [];
  // (a title before its holder's name too: "Planning and Investment Minister Tran Xuan Gia said" has no verb "Planning")
  // (a capitalised one: "will judge Donald Trump" may have a verb the title reader took for a title)
  const names = mentions.filter((m) => (m.form !== 'title' || (m.rule === 'title.of-person' && /^\p{Lu}/u.test(m.text))) && m.sentence >= 0);
  for (const s of parsed.sentences) {
    const inName = nameTokens(s, names, lex);
    const predicates = verbGroups(s, lex, inName);
    const verbTokens = new Set(predicates.flatMap((p) => [p.head, ...(p.particle ? [p.last] : [])]));
    const phrases = phrasesOf(s, mentions, groups, lex, (k) => verbTokens.has(k));
    resolvePronouns(phrases, out, s, lex);
    resolveNumberedAnaphors(phrases, out, s);
    actingPossessors(phrases, s, lex);
    const clauses = readClauses(s, phrases, predicates, lex);
    for (const c of clauses) setFactuality(c, clauses, lex, s);
    out.push({ sentence: s, phrases, clauses });
  }
  return out;
}

/**
 * Tokens inside a named entity, never a verb ("United States", "Save the Children"), and the word for a country's
 * forces or an organisation's members after its name ("US forces", "Boko Haram militants"), never a verb either.
 */
function nameTokens(s: Sentence, names: Mention[], lex: Lexicon): (k: number) => boolean {
  const inside = new Set<number>();
  for (const m of names) {
    if (m.sentence !== s.index) continue;
    for (let k = m.tokens[0]; k < m.tokens[1]; k++) inside.add(k);
    const next = s.tokens[m.tokens[1]];
    if (!next || /[,;:()]/.test(s.tokens[m.tokens[1] - 1].post) || !s.tokens[m.tokens[1] + 1]) continue;
    // "a Karen guerrilla stronghold": the noun after a group named by a singular agent noun is what it holds
    const attributive = m.category === 'Group' && !s.tokens[m.tokens[1] - 1].tags.has('Plural') && (next.tags.has('Noun') || (next.tags.has('PresentTense') && /[^s]s$/.test(next.norm)));
    const end = m.category === 'Country' ? actingAfter(s.tokens, m.tokens[1], lex) : m.category === 'Organization' && !lex.memberHeads.has(next.norm) ? actingAfter(s.tokens, m.tokens[1], lex, true) : (m.category === 'Organization' && lex.memberHeads.has(next.norm)) || attributive ? m.tokens[1] + 1 : 0;
    for (let k = m.tokens[1]; k < end; k++) inside.add(k);
  }
  return (k) => inside.has(k);
}

/** The categories a pronoun may stand for. */
const PRONOUN_CATEGORIES: Record<string, ReadonlySet<string>> = {
  Person: new Set(['Person']),
  Singular: new Set(['Country', 'Organization', 'Group']),
  Plural: new Set(['Group', 'Organization', 'Country']),
};

/**
 * Rule `coref.pronoun`: a pronoun stands for the nearest entity phrase before it, in its sentence or the two before,
 * whose category it can stand for ("he": a person; "it": a country or organisation; "they": a group, an
 * organisation, or a list of entities).
 */
function resolvePronouns(phrases: SentencePhrase[], earlier: SentenceAnalysis[], s: Sentence, lex: Lexicon) {
  const plurals = (q: Phrase, toks: Sentence['tokens']) => !q.members.length && !q.pronoun && toks[q.head]?.tags.has('Plural');
  const pool: Phrase[] = earlier.slice(-2).flatMap((a) => a.phrases.filter((p) => p.members.length));
  // "says that all embassy staff members … and urges them": a plural common noun phrase is an antecedent too
  const commonPlurals: Phrase[] = [];
  for (const p of phrases) {
    const pronoun = p.pronoun ?? p.possessor?.pronoun;
    const target = p.pronoun ? p : p.possessor;
    if (!pronoun || !target) {
      if (p.members.length) pool.push(p);
      else if (plurals(p, s.tokens)) commonPlurals.push(p);
      continue;
    }
    const kind = lex.clauses.pronouns.get(pronoun);
    const allowed = kind ? PRONOUN_CATEGORIES[kind] : undefined;
    const plural = kind === 'Plural';
    const nearestCommon = plural ? commonPlurals[commonPlurals.length - 1] : undefined;
    // "they", "them": a group or a list before a single country or organisation
    const fits = (q: Phrase) => q.members.length && q.members.every((m) => allowed?.has(m.category) || (plural && q.members.length > 1 && m.category !== 'Event' && m.category !== 'Proposal' && m.category !== 'City' && m.category !== 'Location')) && (plural ? q.members.length > 1 || q.members.every((m) => m.category !== 'Person') : q.members.length === 1);
    const recent = [...pool].reverse();
    // "The Grayback was short on torpedoes from its recent attack": a singular possessive stands for an entity of
    // its own sentence when that sentence names one before it, never for one further back past it
    // (or when the sentence opens with a thing no entity names: "The Grayback was short … from its attack")
    const opener = phrases[0] && phrases[0] !== p && phrases[0].first <= 1 && !phrases[0].members.length && !phrases[0].pronoun && phrases[0].last < (target.first ?? 0);
    const own = !plural && kind !== 'Person' && !p.pronoun && (recent.some((q) => q.sentence === s.index) || opener);
    const antecedent = (plural ? recent.find((q) => fits(q) && (q.members.length > 1 || q.members.every((m) => m.category === 'Group'))) : undefined) ?? recent.find((q) => fits(q) && (!own || q.sentence === s.index));
    if (antecedent && !(nearestCommon && nearestCommon.sentence === s.index && nearestCommon.first > (antecedent.sentence === s.index ? antecedent.last : -1))) {
      target.members = antecedent.members;
      target.via = 'coref.pronoun';
    }
    if (p.members.length) pool.push(p);
  }
}

const NUMBERS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };
/** The categories "the two leaders", "the two countries", "both sides" may stand for, by head noun. */
const ANAPHOR_HEADS: Record<string, ReadonlySet<string>> = {
  leaders: new Set(['Person']), presidents: new Set(['Person']), ministers: new Set(['Person']), men: new Set(['Person']), officials: new Set(['Person']), sides: new Set(['Person', 'Country', 'Organization', 'Group']),
  countries: new Set(['Country']), nations: new Set(['Country']), states: new Set(['Country']), governments: new Set(['Country']), parties: new Set(['Person', 'Country', 'Organization', 'Group']), groups: new Set(['Organization', 'Group']),
};

/**
 * Rule `coref.numbered-anaphor`: "the two leaders", "both countries", "the three ministers" stand for the last
 * actors named together in the document (a list, or the subject and object of one clause) that are as many and of
 * a kind the head noun allows, in this sentence or the two before.
 */
function resolveNumberedAnaphors(phrases: SentencePhrase[], earlier: SentenceAnalysis[], s: Sentence) {
  const toks = s.tokens;
  for (const p of phrases) {
    if (p.members.length || p.pronoun) continue;
    const words = toks.slice(p.first, p.last + 1).map((t) => t.norm).filter((w) => w !== 'the');
    const n = NUMBERS[words[0]];
    const kinds = ANAPHOR_HEADS[words[words.length - 1]];
    if (!n || !kinds || words.length > 3) continue;
    const candidates: Mention[][] = [];
    for (const a of earlier.slice(-2)) {
      for (const q of a.phrases) if (q.members.length > 1) candidates.push(q.members);
      for (const c of a.clauses) {
        const pair = [...(c.subject?.members ?? []), ...(c.object?.members ?? []), ...c.preps.filter((x) => x.prep === 'with').flatMap((x) => x.phrase.members)];
        if (pair.length > 1) candidates.push(pair);
      }
    }
    for (const q of phrases) if (q.last < p.first && q.members.length > 1) candidates.push(q.members);
    const fit = [...candidates].reverse().find((ms) => new Set(ms.map((m) => m.entity)).size === n && ms.every((m) => kinds.has(m.category)));
    if (fit) {
      p.members = [...new Map(fit.map((m) => [m.entity, m])).values()];
      p.via = 'coref.numbered-anaphor';
    }
  }
}

/**
 * "its forces", "Iran's military", "their government": a country's forces or government act for it; so does its
 * office holder named by title alone ("Taiwan's Vice Foreign Minister", "Montenegro's prime minister").
 */
function actingPossessors(phrases: SentencePhrase[], s: Sentence, lex: Lexicon) {
  for (const p of phrases) {
    const head = s.tokens[p.head].norm;
    if (!p.possessor || p.members.length || !(lex.actingHeads.has(head) || lex.titles.lastWords.has(head))) continue;
    const owners = p.possessor.members.filter((m) => m.category === 'Country' || m.category === 'Organization');
    if (owners.length && owners.length === p.possessor.members.length) {
      p.members = owners;
      p.via = 'possessive.acting-head';
    }
  }
  // "the governments of Afghanistan and Pakistan", "the foreign ministers of the G7": the same, named after "of"
  for (const p of phrases) {
    const head = s.tokens[p.head];
    if (p.members.length || p.possessor || !(lex.actingHeads.has(head.norm) || lex.actingHeads.has(head.norm.replace(/s$/, ''))) || s.tokens[p.last + 1]?.norm !== 'of' || /[,;:()]/.test(head.post)) continue;
    const of = phrases.find((q) => q.first === p.last + 2 || (q.first === p.last + 3 && s.tokens[p.last + 2].tags.has('Determiner')));
    const owners = of ? of.members.filter((m) => m.category === 'Country' || m.category === 'Organization') : [];
    if (owners.length && owners.length === of!.members.length) {
      p.members = owners;
      p.via = 'of.acting-head';
    }
  }
}

/**
 * The factuality of a clause and the rule that decided: its own negation (`factuality.negation`) or modal
 * (`factuality.modal`), else what the verb it is embedded under makes of it (`factuality.embedded`: the lemma's
 * entry in clauses.json), else that of the clause it continues (`factuality.inherited`); a conditional clause
 * ("if", "unless") and an infinitive of purpose ("met to sign") are intended (`factuality.conditional`,
 * `factuality.purpose`). What a speaker says of their own act is not "reported".
 */
/** Nouns for a request or an offer, whose infinitive is what is asked or offered ("an invitation to attend"). */
const CONTENT_NOUNS = new Set(['invitation', 'call', 'calls', 'request', 'requests', 'offer', 'offers', 'proposal', 'proposals', 'demand', 'demands', 'bid', 'plan', 'plans', 'appeal', 'appeals', 'ultimatum', 'order', 'orders', 'pressure']);

/** A verb of rejecting: kg's patterns read it as REJECTED, it negates its infinitive ("refuse to"), or the CAMEO dictionary codes it alone as a rejection (12). */
const rejecting = (lemma: string, lex: Lexicon) => lex.relations.some((r) => r.phrase[0] === lemma && r.predicate === 'REJECTED') || lex.clauses.embedding.get(lemma)?.to === 'negated' || !!lex.cameo.verbs.get(lemma)?.some((v) => v.alone && v.code?.startsWith('12'));

/** A noun of saying right before the clause's subject (or verb), "that" between them or not. */
function reportNounBefore(c: Clause, s: Sentence, lex: Lexicon): boolean {
  let j = (c.subject && c.subject.last < c.predicate.first ? c.subject.first : c.predicate.first) - 1;
  if (s.tokens[j]?.norm === 'that') j--;
  const t = s.tokens[j];
  return !!t && lex.clauses.reportNouns.has(t.norm) && !/[,;:()]/.test(t.post);
}

function setFactuality(c: Clause, clauses: Clause[], lex: Lexicon, s: Sentence) {
  const p = c.predicate;
  const decide = (f: Factuality, rule: string) => {
    c.factuality = f;
    c.factualityRule = rule;
  };
  if (p.negated) return decide('negated', 'factuality.negation');
  // "should support …, push Afghanistan to …": a coordinated verb stands as the verb it is coordinated with
  // (not after "but": "did not censor the story but limited its spread"; a negation only over "or", "nor")
  const conjunct = c.conjunct !== undefined ? clauses[c.conjunct] : undefined;
  const joiner = s.tokens.slice(conjunct ? conjunct.predicate.last + 1 : 0, p.first).map((t) => t.norm).reverse().find((w) => w === 'and' || w === 'or' || w === 'nor' || w === 'but');
  const carries = !!conjunct && joiner !== 'but' && (conjunct.factuality !== 'negated' || joiner === 'or' || joiner === 'nor');
  if (conjunct && carries && !p.modal && conjunct.factuality !== 'asserted' && conjunct.factualityRule !== 'factuality.own-statement') return decide(conjunct.factuality, 'factuality.coordinated');
  const parent = c.parent !== undefined ? clauses[c.parent] : undefined;
  // "The arrest came after an allegation he assaulted his ex-wife": what a noun of saying introduces is reported
  if (!p.modal && (c.kind === 'main' || c.kind === 'complement' || c.kind === 'adverbial') && reportNounBefore(c, s, lex)) return decide('reported', 'factuality.reported-noun');
  if (c.kind === 'adverbial' && c.link && lex.clauses.subordinators.get(c.link) === 'intended') return decide('intended', 'factuality.conditional');
  if (parent && (c.kind === 'infinitive' || c.kind === 'complement' || c.kind === 'coordinate')) {
    const e = lex.clauses.embedding.get(parent.predicate.lemma);
    const adjective = parent.predicate.copula ? lex.clauses.adjectives.get(parent.predicate.lemma) : undefined;
    const via = c.kind === 'infinitive' ? (e?.to ?? adjective) : c.link === 'ing' || c.link === 'of' ? e?.ing : c.link === 'for' ? 'asserted' : e?.that;
    const own = p.modal ? (p.modal === 'obligation' ? 'intended' : 'intended') : undefined;
    if (via && via !== 'asserted') {
      // what an actor says of its own act is its own statement, not a report by someone else
      const sameActor = via === 'reported' && c.subject && parent.subject && c.subject.members.length && c.subject.members.every((m) => parent.subject!.members.some((x) => x.entity === m.entity));
      if (sameActor) return own ? decide('intended', 'factuality.modal') : decide('asserted', 'factuality.own-statement');
      if (via === 'reported' && own) return decide('intended', 'factuality.modal');
      return decide(via as Factuality, `factuality.embedded.${parent.predicate.lemma}`);
    }
    if (parent.factuality !== 'asserted' && !(c.kind === 'complement' && via === 'asserted')) return decide(parent.factuality, 'factuality.inherited');
    // "rejected an invitation to attend a meeting": an infinitive after a noun for a request or an offer is its
    // content, which a verb of rejecting (CAMEO 12) turns down
    const noun = parent.object && parent.object.last === p.first - 1 ? s.tokens[parent.object.head].norm : '';
    if (c.kind === 'infinitive' && !p.modal && CONTENT_NOUNS.has(noun) && rejecting(parent.predicate.lemma, lex)) return decide('negated', 'factuality.rejected-content');
    // "met in Athens to sign an agreement": what a clause is for has not happened yet
    if (c.kind === 'infinitive' && !via && !p.modal) return decide('intended', 'factuality.purpose');
  }
  if (p.modal) return decide('intended', `factuality.modal`);
  if (parent && c.kind === 'coordinate' && parent.factuality !== 'asserted') return decide(parent.factuality, 'factuality.inherited');
}
