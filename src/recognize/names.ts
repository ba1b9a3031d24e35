/** recognize/names: people's names read from their shape and the tagger: `tagger.person`, `proper.name-in-actor-slot`, `name.initials`. */
import { fold, type Lexicon } from '../lexicon/index.js';
import type { Candidate, Sentence, Token } from '../model.js';
import { apart, breaksAfter, isAllCaps, isCap, isInitial, span } from '../parse/tokens.js';
import { FUNCTION_WORDS, givenTag, headAt, NAME_PARTICLES, NAME_TITLES, nameLike, nameTag, THING_WORDS } from './words.js';

/** A surname with its particle elided onto it: "Valéry Giscard d'Estaing". */
const ELIDED = /^(d|l|dell)['’]\p{Lu}\p{Ll}/u;

/** Reads a person's name at `i`: 1 to 4 capitalised words (with particles), not a known place or title. */
export function nameAt(toks: Token[], i: number, lex: Lexicon, gaz: Candidate[]): number {
  let j = i;
  while (j < toks.length && j - i < 5) {
    const t = toks[j];
    const particle = (NAME_PARTICLES.has(t.norm) && j > i && toks[j + 1] && isCap(toks[j + 1])) || (j > i && ELIDED.test(t.text));
    if (!particle && (!isCap(t) || FUNCTION_WORDS.has(t.norm) || /\d/.test(t.text))) break;
    // 'Matiu "Matt" Ratana': a nickname in quotes ends the name here (person.shape reads the rest)
    if (j > i && /["“”]/.test(t.pre + toks[j - 1].post)) break;
    // "President Recep Tayyip Erdogan Monday criticised": a weekday or a month after a name is not part of it
    if (j > i && (t.tags.has('WeekDay') || t.tags.has('Month') || (t.tags.has('Date') && !t.tags.has('Person')))) break;
    // "Defence Secretary Tom King has promised": a one-word title after a given name, ending the name, is a surname
    const surname = j === i + 1 && toks[i].tags.has('FirstName') && headAt(toks, j, lex) === 1 && !(toks[j + 1] && isCap(toks[j + 1]));
    if (!particle && !surname && (j === i || !NAME_TITLES.has(t.norm)) && (headAt(toks, j, lex) || lex.titles.honorifics.has(t.norm))) break;
    if (!particle && j > i && lex.titles.honorifics.has(t.norm)) break;
    if (gaz.some((g) => g.tokens[0] === j && g.category !== 'City')) break;
    j++;
    if (breaksAfter(t) || t.possessive) break;
  }
  return j - i;
}

/** Rule `tagger.person`: runs of words compromise tags as a person, trimmed of titles. */
export function taggedPersonMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const ok = (t: Token, k: number) => t.tags.has('Person') && isCap(t) && !t.tags.has('Country') && !headAt(toks, k, lex) && !lex.titles.honorifics.has(t.norm) && !lex.titles.modifiers.has(t.norm) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Pronoun');
    if (!ok(toks[i], i)) continue;
    let j = i + 1;
    for (;;) {
      if (j >= toks.length || apart(toks, j) || toks[j - 1].possessive) break;
      if (ok(toks[j], j)) j++;
      // a known given name, then a surname compromise does not know: "Colin Montgomerie"
      else if (j - i === 1 && toks[i].tags.has('FirstName') && isCap(toks[j]) && nameLike(toks[j]) && !FUNCTION_WORDS.has(toks[j].norm) && !headAt(toks, j, lex) && !/\d/.test(toks[j].text) && !toks[j].tags.has('Place') && !toks[j].tags.has('Organization')) j++;
      else if (NAME_PARTICLES.has(toks[j].norm) && toks[j + 1] && isCap(toks[j + 1]) && !breaksAfter(toks[j])) j += 2;
      else if (ELIDED.test(toks[j].text)) j++;
      else break;
    }
    const single = j - i === 1;
    // a lone capitalised word opening a sentence is a person only when compromise knows it as a name
    const openerNotName = single && i === 0 && !nameTag(toks[i]);
    const shouting = single && isAllCaps(toks[i].text) && toks[i].text.length > 1 && sentence.tokens.every(isCapOrSymbol);
    if (!openerNotName && !shouting) {
      out.push({ docId, ...span(sentence, i, j, text), category: 'Person', form: 'name', rule: 'tagger.person', priority: 1 });
    }
    i = j - 1;
  }
  return out;
}

const isCapOrSymbol = (t: Token) => !/\p{Ll}/u.test(t.text);

/**
 * Rule `proper.name-in-actor-slot`: a capitalised name compromise does not know ("Narendra Modi", "Netanyahu")
 * standing where an actor stands — right before a verb, or right after one — is a person.
 */
export function actorSlotNameMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string, taken: Candidate[], alone: ReadonlyMap<string, number> = new Map()): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  const free = (k: number) => !taken.some((c) => c.tokens[0] <= k && k < c.tokens[1] && c.sentence === sentence.index);
  for (let i = 0; i < toks.length; i++) {
    const ok = (t: Token, k: number) => isCap(t) && free(k) && nameLike(t) && !FUNCTION_WORDS.has(t.norm) && !THING_WORDS.has(t.norm) && !headAt(toks, k, lex) && !lex.orgHeadWords.has(t.text) && !/\d/.test(t.text) && !isAllCaps(t.text) && !t.tags.has('WeekDay') && !t.tags.has('Month');
    if (!ok(toks[i], i)) continue;
    let j = i + 1;
    while (j < toks.length && j - i < 3 && ok(toks[j], j) && !apart(toks, j) && !toks[j - 1].possessive) j++;
    if (j < toks.length && isCap(toks[j]) && !apart(toks, j)) {
      i = j;
      continue; // part of a longer capitalised phrase: not ours to guess
    }
    const next = toks[j];
    const prev = toks[i - 1];
    // "attacked Kurdish villages": a capitalised word before a common noun qualifies it
    if (next && !apart(toks, j) && !isCap(next) && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Verb')) {
      i = j - 1;
      continue;
    }
    const beforeVerb = next && !apart(toks, j) && next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Participle');
    const afterVerb = prev && !/[,;:]/.test(prev.post) && (prev.tags.has('Verb') || prev.norm === 'with') && !prev.tags.has('Copula');
    // "Narendra Modi and Xi Jinping held talks": coordinated with a person already found
    const beforePerson = next && (next.norm === 'and' || /^,\s*$/.test(toks[j - 1].post)) && taken.concat(out).some((c) => c.category === 'Person' && c.sentence === sentence.index && c.tokens[0] === j + (next.norm === 'and' ? 1 : 0));
    const slot = (beforeVerb && !(i === 0 && j - i === 1 && (toks[i].lexical || (toks[i].tags.has('Plural') && !toks[i].tags.has('ProperNoun'))))) || afterVerb || (beforePerson && j - i >= 2);
    // where an actor stands is not evidence enough ("Wikinews said", "Corona hit"): the words must be a name too
    if (slot && namesPerson(toks, i, j, lex, alone)) {
      out.push({ docId, ...span(sentence, i, j, text), category: 'Person', form: 'name', rule: 'proper.name-in-actor-slot', priority: 1 });
    }
    i = j - 1;
  }
  return out;
}

/** How often each capitalised word stands alone in the document (no capitalised word before or after it). */
export function aloneCounts(sentences: readonly Sentence[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) {
    const t = s.tokens;
    for (let k = 0; k < t.length; k++) {
      if (!isCap(t[k]) || (k > 0 && isCap(t[k - 1]) && !apart(t, k)) || (t[k + 1] && isCap(t[k + 1]) && !apart(t, k + 1))) continue;
      out.set(t[k].text, (out.get(t[k].text) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * Evidence that tokens `[i, j)` name a person, beyond a capital letter: a first word that is a given name (the
 * tagger's, or one of the actor dictionaries' people), the whole name a person of those dictionaries, or three
 * words or more no dictionary knows; one word alone, see below.
 */
export function namesPerson(toks: Token[], i: number, j: number, lex: Lexicon, alone: ReadonlyMap<string, number> = new Map()): boolean {
  const first = toks[i];
  // "Sirhan Sirhan …, Sirhan was …, Sirhan said": a surname the document goes on to use alone, as it does for people
  if (j - i >= 2 && (alone.get(toks[j - 1].text) ?? 0) >= 2 && !toks[j - 1].lexical) return true;
  // a given name that is also a common word ("Crew Dragon", "Navy") counts only when the tagger takes it for a name
  // three words or more that no dictionary knows ("Aung San Suu Kyi") are a name
  if (j - i >= 3 && toks.slice(i, j).every((t) => !t.lexical)) return true;
  if (j - i >= 2) return givenTag(first) || (lex.isGivenName(first.text) && nameLike(first) && !lex.commonWords.has(first.norm)) || lex.actors.people.has(toks.slice(i, j).map((t) => fold(t.text)).join(' '));
  // one word: the tagger's name, a surname of the dictionaries, or a word no dictionary knows ("Netanyahu said");
  // it keeps a key of its document unless a full name explains it, so it links nothing across documents
  return first.tags.has('Person') || nameTag(first) || lex.personNames.family.has(fold(first.text)) || !first.lexical;
}

/** One token that is initials and a surname: "T.O'Gorman", "J.R.Smith". */
const INITIALLED = /^(\p{Lu}\.)+(\p{Lu}['’])?\p{Lu}\p{Ll}+$/u;

/**
 * Rule `name.initials`: initials before a name-like capitalised word are a person, as results and scorecards
 * write them ("J. Benjamin 4-17", "M. Bicknell", "T.O'Gorman 109"). Not before a demonym or country
 * ("S. Korean"), nor before a word that is not a name ("Plan B. Then ...").
 */
export function initialledNameMentions(sentence: Sentence, text: string, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (INITIALLED.test(toks[i].text)) {
      out.push({ docId, ...span(sentence, i, i + 1, text), category: 'Person', form: 'name', rule: 'name.initials', priority: 2 });
      continue;
    }
    if (!isInitial(toks[i])) continue;
    let j = i;
    while (j < toks.length && isInitial(toks[j])) j++;
    const name = (t: Token | undefined) => !!t && isCap(t) && (nameLike(t) || t.tags.has('Person')) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Demonym') && !t.tags.has('Country') && !/\d/.test(t.text);
    if (!name(toks[j])) {
      i = j - 1;
      continue;
    }
    let e = j + 1;
    if (name(toks[e]) && !apart(toks, e) && e - j < 2) e++; // "J. van Vuuren" is read by the particle rule of the tagger
    out.push({ docId, ...span(sentence, i, e, text), category: 'Person', form: 'name', rule: 'name.initials', priority: 2 });
    i = e - 1;
  }
  return out;
}
