/**
 * clauses/verbs: the verb groups of a sentence — a main verb with the auxiliaries, modals, negation and adverbs in
 * front of it and its particle after it ("has not yet met", "will visit", "was attacked", "to meet", "pulled
 * out") — and predicate adjectives after a copula that take a clause ("is willing to", "is expected to").
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Predicate, Sentence, Token } from '../model.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
const HAVE = new Set(['has', 'have', 'had', 'having', "'ve"]);
const DO = new Set(['do', 'does', 'did']);
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'forward', 'over', 'away', 'in', 'on', 'into', 'upon', 'with', 'for', 'to', 'from', 'against', 'at']);

/** Prepositions and conjunctions the tagger sometimes takes for verbs ("in" in "strike in Donetsk"). */
const NEVER_VERBS = new Set(['in', 'on', 'at', 'of', 'by', 'for', 'with', 'from', 'into', 'over', 'near', 'and', 'or', 'but', 'the', 'a', 'an', 'as', 'than', 'about', 'across', 'during', 'after', 'before', 'between', 'against']);
const isAux = (t: Token, lex: Lexicon) => t.tags.has('Auxiliary') || t.tags.has('Modal') || lex.clauses.modals.has(t.norm) || BE.has(t.norm) || HAVE.has(t.norm) || DO.has(t.norm);
const isNegation = (t: Token, lex: Lexicon) => lex.clauses.negations.has(t.norm) || /n't$/.test(t.text) || t.tags.has('Negative');

/**
 * Whether token `i` is a main verb: a verb that is not only an auxiliary; an "-ing" word after a form of "be"
 * ("is asking"), which the tagger may take for a noun; news present tense after a name ("Saudi Arabia and Syria
 * sign agreements"), which it also may; a lemma of the event vocabulary right after "to".
 */
function isMainVerb(toks: Token[], i: number, lex: Lexicon, inName: (k: number) => boolean): boolean {
  const t = toks[i];
  if (inName(i) || /^\p{Lu}/u.test(t.text) && i > 0 && !t.tags.has('Verb')) return false;
  const prev = toks[i - 1];
  // "after talks between", "is in talks with", "the strikes": a word after a preposition or determiner is a noun
  if (prev && !/ing$/.test(t.norm) && !['to', 'that', 'which', 'who', 'all', 'both', 'each', 'also'].includes(prev.norm) && (prev.tags.has('Determiner') || (prev.tags.has('Preposition') && !/[,;:()]/.test(prev.post))) && !prev.tags.has('Pronoun')) return false;
  // "Israeli airstrikes", "its largest ever drone attack": after a demonym used as an adjective, or between
  // modifiers and an event noun, a word the tagger took for a verb is a noun
  if (prev && prev.tags.has('Demonym') && !/[^s]s$/.test(prev.norm) && !/[,;:()]/.test(prev.post) && !t.tags.has('Auxiliary') && !t.tags.has('Modal')) return false;
  if (NEVER_VERBS.has(t.norm)) return false;
  const after = toks[i + 1];
  // "last November", "next week": a time; "neighbouring Pakistan": an adjective
  if (/^(last|next)$/.test(t.norm) && after && (after.tags.has('Date') || after.tags.has('Month') || after.tags.has('WeekDay') || /^(week|month|year|night|weekend|summer|winter|spring|autumn|fall|season|time)s?$/.test(after.norm))) return false;
  if (/^neighbou?ring$/.test(t.norm) && after && !/[,;:()]/.test(t.post) && (after.tags.has('ProperNoun') || after.tags.has('Noun'))) return false;
  // "police sources said", "army officers": an agent noun before a plural noun is its modifier
  const next1 = toks[i + 1];
  if (next1 && lex.agents.byFirst.get(t.norm)?.some((a) => a.words.length === 1) && next1.tags.has('Plural') && !next1.tags.has('Verb') && !/[,;:()]/.test(t.post)) return false;
  // "the United States' sanctions policy", "their strikes": a word after a plural possessive or a possessive pronoun is a noun
  if (prev && !/['‘’]/.test(prev.pre) && (/s['’]$/.test(prev.text) || (/s$/.test(prev.text) && /^['’]/.test(prev.post)) || ['its', 'their', 'his', 'our', 'my', 'your'].includes(prev.norm)) && !/[,;:()]/.test(prev.post) && !t.tags.has('Auxiliary') && !t.tags.has('Modal')) return false;
  // "to demand political reforms", "the economic sanctions": a plural after an adjective that opens a noun phrase
  // (after a verb, a determiner or a preposition) is a noun
  const opener = toks[i - 2];
  if (prev && opener && /[^s]s$/.test(t.norm) && prev.tags.has('Adjective') && !prev.tags.has('Verb') && !/[,;:()]/.test(prev.post + opener.post) && !t.tags.has('Auxiliary') && (opener.tags.has('Determiner') || opener.tags.has('Preposition') || (opener.tags.has('Verb') && !isAux(opener, lex)))) return false;
  // "Incoming U.S. Middle East Envoy Steve Witkoff": a title's modifier before a capitalised word
  if (lex.titles.modifiers.has(t.norm) && toks[i + 1] && /^\p{Lu}/u.test(toks[i + 1].text)) return false;
  const isEventNoun = (w: Token | undefined) => !!w && lex.nominal.some((n) => n.nouns.has(w.norm));
  // "Drone strikes launched yesterday …": a sentence opens with a noun phrase, not an order
  if (i === 0 && isEventNoun(toks[1]) && !/[,;:()]/.test(t.post)) return false;
  if (i === 1 && isEventNoun(t) && /^\p{Lu}/u.test(toks[0].text) && !inName(0) && !toks[0].tags.has('Pronoun') && !toks[0].tags.has('Determiner') && !/[,;:()]/.test(toks[0].post)) return false;
  // "a Russian drone strike": an event noun after a noun inside a noun phrase
  const before = toks[i - 2];
  if (prev && before && prev.tags.has('Noun') && !prev.tags.has('ProperNoun') && !prev.tags.has('Plural') && !/[^s]s$/.test(prev.norm) && !inName(i - 1) && !/[,;:()]/.test(prev.post) && (before.tags.has('Determiner') || before.tags.has('Adjective') || before.tags.has('Demonym') || before.possessive || before.tags.has('Possessive') || (before.tags.has('Verb') && !before.tags.has('Auxiliary'))) && lex.nominal.some((n) => n.nouns.has(t.norm))) return false;
  const next = toks[i + 1];
  if (prev && next && (prev.tags.has('Adjective') || prev.norm === 'ever' || prev.tags.has('Possessive')) && !/[,;:()]/.test(t.post) && lex.nominal.some((n) => n.nouns.has(next.norm)) && !t.tags.has('Auxiliary')) return false;
  if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal')) {
    // a participle or gerund inside a noun phrase is not a verb: "the armed forces", "a planned attack"
    if ((t.tags.has('Participle') || t.tags.has('Gerund') || t.tags.has('PastTense')) && prev && (prev.tags.has('Determiner') || prev.possessive) && !prev.tags.has('Pronoun')) return false;
    if (BE.has(t.norm) || HAVE.has(t.norm) || DO.has(t.norm)) return !isAuxiliaryUse(toks, i, lex);
    return true;
  }
  if (/ing$/.test(t.norm) && prev && BE.has(prev.norm) && !t.tags.has('Determiner')) return true;
  // "The Red Cross operating in Iraq said": an "-ing" word after a name, before a preposition, is a participle
  if (/ing$/.test(t.norm) && prev && inName(i - 1) && !/[,;:()]/.test(prev.post) && toks[i + 1]?.tags.has('Preposition') && !t.tags.has('Determiner')) return true;
  if (pastTenseAdjective(toks, i, lex, inName)) return true;
  // "Minister Tran Xuan Gia said Vietnam …": an irregular past the tagger read as an adjective, right after a name
  if (IRREGULAR_PAST[t.norm] && !t.tags.has('Verb') && !t.tags.has('Hyphenated') && i > 0 && (inName(i - 1) || toks[i - 1].tags.has('Pronoun')) && !/[,;:()\-–]/.test(toks[i - 1].post)) return true;
  if (prev && prev.norm === 'to' && (lex.cameo.verbs.has(t.norm) || lex.clauses.embedding.has(t.norm)) && !t.tags.has('Determiner') && !/^\p{Lu}/u.test(t.text)) return true;
  return headlineVerb(toks, i, lex, inName);
}

/**
 * A past tense of the event vocabulary the tagger read as an adjective, between a name (or a time word after
 * one) and what it acts on: "Khomeini today rejected Iraqi President Saddam Hussein's proposal".
 */
function pastTenseAdjective(toks: Token[], i: number, lex: Lexicon, inName: (k: number) => boolean): boolean {
  const t = toks[i];
  if (!t.tags.has('Adjective') || !/ed$/.test(t.norm) || /[,;:()]/.test(t.post)) return false;
  let k = i - 1;
  if (k >= 0 && (toks[k].tags.has('Date') || /^(today|yesterday|also|again|then|now|later|earlier)$/.test(toks[k].norm))) k--;
  if (k < 0 || !inName(k) || /[,;:()]/.test(toks[k].post)) return false;
  const next = toks[i + 1];
  if (!next || !(next.tags.has('Determiner') || next.tags.has('ProperNoun') || next.tags.has('Possessive') || next.tags.has('Value'))) return false;
  const stem = t.norm.slice(0, -2);
  return [stem, `${stem}e`, t.norm.slice(0, -1), stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')].some((w) => lex.cameo.verbs.has(w) || lex.relationVerbs.has(w));
}

/** Irregular past forms of the verbs of saying and of the event vocabulary that the tagger may read as adjectives ("the said person"). */
const IRREGULAR_PAST: Record<string, string> = { said: 'say', told: 'tell', wrote: 'write', met: 'meet', led: 'lead', sent: 'send', fought: 'fight', struck: 'strike', shot: 'shoot', held: 'hold' };

/** "has", "is", "did" followed by another verb of the same group are auxiliaries. */
function isAuxiliaryUse(toks: Token[], i: number, lex: Lexicon): boolean {
  for (let j = i + 1; j < toks.length && j <= i + 4; j++) {
    const t = toks[j];
    if (isNegation(t, lex) || t.tags.has('Adverb')) continue;
    return t.tags.has('Verb') || /ing$/.test(t.norm) || (BE.has(toks[i].norm) && lex.clauses.adjectives.has(t.norm));
  }
  return false;
}

/** News present tense the tagger read as a plural noun, right after a name: "Saudi Arabia and Syria sign agreements". */
function headlineVerb(toks: Token[], i: number, lex: Lexicon, inName: (k: number) => boolean): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  // after a name, or after the word for a country's forces or an organisation's members ("Israeli troops raid"),
  // or after an event noun ("an RSF drone strike hit Kosti")
  const eventSubject = !!prev && lex.nominal.some((n) => n.nouns.has(prev.norm)) && !/[,;:()]/.test(prev.post) && t.tags.has('Noun') && !t.tags.has('Plural') && lex.cameo.verbs.has(t.root);
  if (eventSubject && !['on', 'against', 'of', 'by'].includes(toks[i + 1]?.norm ?? '')) return true;
  if (!prev || !(/^\p{Lu}/u.test(prev.text) || inName(i - 1)) || prev.possessive || /[,;:()]/.test(prev.post) || /^\p{Lu}/u.test(t.text) || !t.tags.has('Noun') || t.tags.has('Verb')) return false;
  // "an Israeli attack against", "the lifting of U.S. sanctions on Syria": a noun after a modifier, not a verb
  // ("The Palestinians reject": a demonym in the plural is a noun, the word after it may be a verb)
  if ((prev.tags.has('Demonym') && !/[^s]s$/.test(prev.norm)) || ['on', 'against', 'of', 'by'].includes(toks[i + 1]?.norm ?? '')) return false;
  const lemma = t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm;
  // a verb of the vocabulary that reads its object ("troops exchange gunfire") counts when an object follows
  const objectFollows = !!toks[i + 1] && (toks[i + 1].tags.has('Noun') || toks[i + 1].tags.has('Determiner')) && !toks[i + 1].tags.has('ProperNoun') && inName(i - 1) && !/^\p{Lu}/u.test(prev.text);
  return [t.norm, lemma].some((w) => lex.cameo.verbs.get(w)?.some((v) => v.alone || (objectFollows && v.patterns.length > 0)) || lex.relationVerbs.has(w));
}

/**
 * The lemma of a verb token: compromise's root; for an "-ing" word the tagger read as a noun ("is asking"), the
 * stem the vocabulary knows; for a headline verb, the word less its news "-s".
 */
function lemmaOf(t: Token, lex: Lexicon): string {
  if (t.tags.has('Verb')) return t.root;
  if (IRREGULAR_PAST[t.norm]) return IRREGULAR_PAST[t.norm];
  const known = (w: string) => lex.cameo.verbs.has(w) || lex.clauses.embedding.has(w) || lex.relationVerbs.has(w);
  if (t.tags.has('Adjective') && /ed$/.test(t.norm)) {
    const stem = t.norm.slice(0, -2);
    for (const w of [stem, `${stem}e`, t.norm.slice(0, -1), stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')]) if (known(w)) return w;
  }
  if (/ing$/.test(t.norm)) {
    const stem = t.norm.slice(0, -3);
    for (const w of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) if (known(w)) return w;
  }
  return t.norm.endsWith('s') && !t.norm.endsWith('ss') ? t.norm.slice(0, -1) : t.root;
}

/** The verb groups of a sentence, in order. */
export function verbGroups(s: Sentence, lex: Lexicon, inName: (k: number) => boolean): Predicate[] {
  const toks = s.tokens;
  const out: Predicate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // "is willing to", "is expected to", "is opposed to": an adjective or participle after a copula heads the group
    const copulaAdjective = i > 0 && BE.has(toks[i - 1].norm) && (lex.clauses.adjectives.has(t.norm) || lex.clauses.statives.has(t.norm)) && (toks[i + 1]?.norm === 'to' || lex.clauses.statives.has(t.norm));
    if (!copulaAdjective && !isMainVerb(toks, i, lex, inName)) continue;
    const before = out[out.length - 1];
    // "threatened to ban voting in East Jerusalem": an "-ing" word right after a verb that takes no "-ing" clause is its object
    if (before && before.last === i - 1 && /ing$/.test(t.norm) && !before.copula && !BE.has(toks[i - 1].norm) && !lex.clauses.embedding.get(before.lemma)?.ing && !/[,;:()]/.test(toks[i - 1].post) && !toks.slice(before.first, i).some((w) => BE.has(w.norm))) continue;
    // "reject proposed Israeli changes", "condemned renewed attacks": a participle right after a verb, before a noun, is an adjective
    if (before && before.last === i - 1 && (t.tags.has('PastTense') || t.tags.has('Participle')) && !t.tags.has('Infinitive') && toks[i + 1] && !/[,;:()]/.test(t.post) && (toks[i + 1].tags.has('Adjective') || toks[i + 1].tags.has('Noun')) && !toks[i + 1].tags.has('Pronoun') && !toks[i + 1].tags.has('Determiner')) continue;
    // the group's words in front: auxiliaries, modals, negation, adverbs, "to"
    let first = i;
    let negated = false;
    let modal: string | undefined;
    let passive = false;
    let infinitive = false;
    for (let j = i - 1; j >= 0 && i - j <= 6; j--) {
      const w = toks[j];
      if (/[,;:()]/.test(w.post)) break;
      if (isNegation(w, lex)) negated = true;
      else if (lex.clauses.modals.has(w.norm)) modal ??= lex.clauses.modals.get(w.norm);
      else if (w.norm === 'to') infinitive = true;
      else if (!isAux(w, lex) && !w.tags.has('Adverb')) break;
      if (BE.has(w.norm) && (t.tags.has('Passive') || t.tags.has('Participle') || (t.tags.has('PastTense') && !t.tags.has('PresentTense')))) passive = !copulaAdjective;
      first = j;
      if (w.norm === 'to') break;
    }
    // "is to meet", "are to attack": a plan
    if (infinitive && first > 0 && BE.has(toks[first - 1].norm)) modal ??= 'future';
    // "never", "no longer" after the verb's auxiliary or before it is read above; "not" after a main verb of one word is rare
    let last = i;
    let particle: string | undefined;
    const lemma = copulaAdjective ? (lex.clauses.statives.get(t.norm) ?? t.norm) : lemmaOf(t, lex);
    const next = toks[i + 1];
    // the particle of a phrasal verb ("beat up", "pulled out"): the tagger's, or one the CAMEO dictionary knows for the verb
    const phrasal = !!next && next.tags.has('Particle') && next.tags.has('PhrasalVerb') && t.tags.has('PhrasalVerb');
    if (next && !/[,;:()]/.test(t.post) && (phrasal || ((next.tags.has('Particle') || PARTICLES.has(next.norm)) && lex.cameo.verbs.get(lemma)?.some((v) => v.particle === next.norm)))) {
      particle = next.norm;
      last = i + 1;
    }
    out.push({
      first,
      last,
      head: i,
      lemma,
      ...(particle ? { particle } : {}),
      passive: passive && !copulaAdjective,
      negated,
      ...(modal ? { modal } : {}),
      infinitive,
      gerund: t.tags.has('Gerund') || (/ing$/.test(t.norm) && !infinitive && !toks.slice(first, i).some((w) => BE.has(w.norm))),
      copula: copulaAdjective,
    });
    i = last;
  }
  return out;
}
