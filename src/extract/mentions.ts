/**
 * extract/mentions: finds entity mentions in parsed sentences. Each rule is a named function over tokens;
 * candidates from all rules meet in one overlap policy (`selectMentions`), so every kept span names its rule.
 */
import { fold, lexicon, slug, type GazetteerEntry, type Lexicon } from '../lexicon/index.js';
import { appositionPlaces, prepositionPlaceMentions, regionMentions } from './places.js';
import { sportsTeams } from './sports.js';
import { isCap, isInitial, span } from './tokens.js';
import type { Category, Mention, ParsedDocument, Sentence, Token } from '../model.js';

/** A mention before resolution: the gazetteer may already know its key. */
export interface Candidate extends Omit<Mention, 'entity'> {
  key?: string;
  label?: string;
  /** Higher wins an overlap of equal length. */
  priority: number;
}

const isAllCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** Tokens j-1 and j do not belong to one name: punctuation after the first, or an opening bracket or quote before the second. */
const apart = (toks: Token[], j: number) => breaksAfter(toks[j - 1]) || /[(["“]/.test(toks[j]?.pre ?? '');
const breaksAfter = (t: Token) => /[,;:()"“”!?]|\.\s*$/.test(t.post) && !/^\p{Lu}\.?$/u.test(t.text) && !/^(Mr|Mrs|Ms|Dr|St|Jr|Gen|Lt|Col|Sen|Rep|Gov|Prof)$/i.test(t.text);
/** Titles that are also parts of names: "Hassan Sheikh Mohamud". */
const NAME_TITLES = new Set(['sheikh', 'sultan', 'emir', 'prince', 'begum']);
const TITLE_SUFFIXES = new Set(['elect', 'designate', 'general']);
const NAME_PARTICLES = new Set(['bin', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'le', 'la', 'del', 'du', 'ibn', 'abu', 'dos', 'das', 'ter']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'but', 'if', 'that', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'after', 'before', 'when', 'while', 'since', 'during', 'according', 'also', 'not', 'no', 'yes', 'so', 'than', 'then', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'other', 'others', 'some', 'all', 'many', 'most', 'more', 'both', 'each', 'every', 'however', 'meanwhile', 'together', 'over', 'under']);

/** Does gazetteer entry token `e` match text token `t`? Acronyms must match exactly; names need a capital. */
function tokenMatches(e: string, folded: string, t: Token, tFolded: string): boolean {
  if (e.length > 1 && isAllCaps(e.replace(/[^\p{L}]/gu, ''))) return t.text.replace(/\.$/, '') === e.replace(/\.$/, '');
  const same = t.norm === folded || tFolded === folded;
  return /^\p{Lu}/u.test(e) ? isCap(t) && same : same;
}

/** Rule family `gazetteer.*`: countries, demonyms, capitals and organizations from the lexicon. */
export function gazetteerMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  const folded = toks.map((t) => fold(t.text));
  for (let i = 0; i < toks.length; i++) {
    const options = lex.gazetteer.get(toks[i].norm) ?? lex.gazetteer.get(folded[i]);
    if (!options) continue;
    const hit = options.find((e: GazetteerEntry) =>
      e.tokens.every((w, k) => {
        const t = toks[i + k];
        if (!t || !tokenMatches(w, e.folded[k], t, folded[i + k])) return false;
        // a name does not run across punctuation or a possessive
        return k === e.tokens.length - 1 || (!/[,;:()"]/.test(t.post) && !t.possessive);
      }),
    );
    if (!hit) continue;
    const end = i + hit.tokens.length;
    if (hit.rule === 'gazetteer.city' && insideLongerName(toks, i, end)) continue;
    out.push({ docId, ...span(sentence, i, end, text), category: hit.category, form: hit.form, rule: hit.rule, key: hit.key, label: hit.label, priority: 3 });
    i = end - 1;
  }
  return out;
}

/**
 * A town's name inside a longer capitalised name is part of that name ("Chittagong Cement", "First Chicago",
 * "Elia Kazan"): words around it that are capitalised mid-sentence, with nothing between. Dates and
 * function words do not count ("Bonn on Monday", "Bonn Wednesday").
 */
function insideLongerName(toks: Token[], from: number, to: number): boolean {
  const joins = (t: Token | undefined, k: number) => !!t && isCap(t) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Date') && !t.tags.has('Month') && !t.tags.has('WeekDay') && !/\d/.test(t.text) && k > 0;
  const before = toks[from - 1];
  const after = toks[to];
  return (joins(before, from - 1) && !apart(toks, from)) || (joins(after, to) && !apart(toks, to));
}

interface TitleChain {
  start: number;
  end: number;
  titles: string[];
  represents?: { iso3: string; start: number; end: number; rule: string };
  /** Token ranges that are title words (not the demonym). */
  parts: Array<[number, number]>;
}

/** Longest title head at `i`, as a token count. */
function headAt(toks: Token[], i: number, lex: Lexicon): number {
  const dash = toks[i]?.norm.lastIndexOf('-') ?? -1;
  // "President-elect" as one token
  if (dash > 0 && TITLE_SUFFIXES.has(toks[i].norm.slice(dash + 1)) && lex.titles.heads.get(toks[i].norm.slice(0, dash))?.some((w) => w.length === 1)) return 1;
  const options = lex.titles.heads.get(toks[i]?.norm ?? '') ?? lex.titles.heads.get(toks[i]?.text.toLowerCase() + '.');
  if (!options) return 0;
  for (const words of options) {
    if (words.every((w, k) => toks[i + k] && (toks[i + k].norm === w || `${toks[i + k].norm}.` === w || toks[i + k].norm === w.replace(/\.$/, '')))) return words.length;
  }
  return 0;
}

/** A country named as a qualifier: a demonym ("Russian"), a name with a possessive ("China's"), or a code ("U.S."). */
function qualifierAt(gaz: Candidate[], toks: Token[], i: number, lex?: Lexicon): Candidate | undefined {
  const c = gaz.find((g) => g.tokens[0] === i && g.category === 'Country');
  if (!c) return undefined;
  if (c.form === 'demonym' || toks[c.tokens[1] - 1].possessive || c.form === 'alias') return c;
  // "United States President Donald Trump", "United States president Donald Trump": a country's name right before a title
  const next = toks[c.tokens[1]];
  if (lex && next && headAt(toks, c.tokens[1], lex)) return c;
  return undefined;
}

/** Capitalised words naming a portfolio before a title head: "Emergency Situations Minister", "Road Transport and Bridges Minister". */
function portfolioBefore(toks: Token[], j: number, lex: Lexicon, gaz: Candidate[]): number {
  let k = j;
  while (k < toks.length && k - j < 5 && (isCap(toks[k]) || (toks[k].norm === 'and' && k > j)) && !headAt(toks, k, lex) && !gaz.some((g) => g.tokens[0] === k) && !breaksAfter(toks[k])) k++;
  return k > j && headAt(toks, k, lex) && isCap(toks[k]) ? k : j;
}

/** Reads a title chain starting at token `i`: [qualifier] [modifiers] head ("and" title | "to" title)*. */
function titleChainAt(toks: Token[], i: number, lex: Lexicon, gaz: Candidate[]): TitleChain | undefined {
  let j = i;
  let represents: TitleChain['represents'];
  const parts: Array<[number, number]> = [];
  const titles: string[] = [];
  let prefix = '';
  for (;;) {
    const q = qualifierAt(gaz, toks, j, lex);
    if (q && q.key) {
      represents ??= { iso3: q.key.slice('country:'.length), start: q.start, end: q.end, rule: 'represents.title-qualifier' };
      j = q.tokens[1];
    }
    const from = j;
    while (j < toks.length && lex.titles.modifiers.has(toks[j].norm) && !headAt(toks, j, lex)) j++;
    j = portfolioBefore(toks, j, lex, gaz);
    const n = headAt(toks, j, lex);
    if (!n && j > from && lex.titles.linkers.has(toks[j]?.norm ?? '') && toks[j + 1] && (qualifierAt(gaz, toks, j + 1) || headAt(toks, j + 1, lex))) {
      // "Assistant to Iranian Foreign Minister": the modifier is a title of its own, linked to the next
      parts.push([from, j]);
      prefix = `${toks.slice(from, j + 1).map((t) => t.text).join(' ')} `;
      j++;
      continue;
    }
    if (!n) return titles.length ? { start: i, end: j, titles, represents, parts } : undefined;
    // "Foreign Minister" written in lower case is still a title, but a bare lower-case "minister" needs a name right after
    j += n;
    // "President-elect", "Secretary-designate"
    if (toks[j] && toks[j - 1].post === '-' && TITLE_SUFFIXES.has(toks[j].norm)) j++;
    parts.push([from, j]);
    titles.push(prefix + toks.slice(from, j).map((t, k) => (k > 0 && toks[from + k - 1].post === '-' ? '-' : k > 0 ? ' ' : '') + (isCap(t) || t.norm.length <= 2 || TITLE_SUFFIXES.has(t.norm) ? t.text : t.text[0].toUpperCase() + t.text.slice(1))).join(''));
    prefix = '';
    // "President of Russia Vladimir Putin" (the country it represents), "Ambassador to Israel Mike Huckabee" (where it serves)
    if ((toks[j]?.norm === 'of' || toks[j]?.norm === 'to') && !apart(toks, j)) {
      const q = gaz.find((g) => g.tokens[0] === j + 1 && g.category === 'Country' && g.form !== 'demonym');
      const after = q && toks[q.tokens[1]];
      if (q?.key && after && isCap(after) && !headAt(toks, q.tokens[1], lex) && !gaz.some((g) => g.tokens[0] === q.tokens[1])) {
        if (toks[j].norm === 'of') represents ??= { iso3: q.key.slice('country:'.length), start: q.start, end: q.end, rule: 'represents.title-of-country' };
        return { start: i, end: q.tokens[1], titles, represents, parts };
      }
    }
    const next = toks[j];
    if (!next || apart(toks, j)) return { start: i, end: j, titles, represents, parts };
    if (next.norm === 'and' && toks[j + 1] && (headAt(toks, j + 1, lex) || lex.titles.modifiers.has(toks[j + 1].norm))) {
      j++;
      continue;
    }
    if (lex.titles.linkers.has(next.norm) && toks[j + 1] && (qualifierAt(gaz, toks, j + 1) || headAt(toks, j + 1, lex))) {
      // "Assistant to Iranian Foreign Minister": one title, "Assistant to Foreign Minister"
      prefix = `${titles.pop()} ${next.text} `;
      j++;
      continue;
    }
    return { start: i, end: j, titles, represents, parts };
  }
}

/** Reads a person's name at `i`: 1 to 4 capitalised words (with particles), not a known place or title. */
function nameAt(toks: Token[], i: number, lex: Lexicon, gaz: Candidate[]): number {
  let j = i;
  while (j < toks.length && j - i < 5) {
    const t = toks[j];
    const particle = NAME_PARTICLES.has(t.norm) && j > i && toks[j + 1] && isCap(toks[j + 1]);
    if (!particle && (!isCap(t) || FUNCTION_WORDS.has(t.norm) || /\d/.test(t.text))) break;
    if (!particle && (j === i || !NAME_TITLES.has(t.norm)) && (headAt(toks, j, lex) || lex.titles.honorifics.has(t.norm))) break;
    if (!particle && j > i && lex.titles.honorifics.has(t.norm)) break;
    if (gaz.some((g) => g.tokens[0] === j && g.category !== 'City')) break;
    j++;
    if (breaksAfter(t) || t.possessive) break;
  }
  return j - i;
}

/** Rule `title.person`: a title chain followed by a name makes a Person with titles (and a country it represents). */
export function titledPersonMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string, gaz: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const chain = titleChainAt(toks, i, lex, gaz);
    if (!chain) continue;
    const last = toks[chain.end - 1];
    const lowerOnly = chain.parts.every(([a, b]) => toks.slice(a, b).every((t) => !isCap(t)));
    // "The Italian Foreign Minister, Antonio Tajani, meets ...": the name stands in apposition
    const appositive = /^,\s*$/.test(last.post) && toks[i - 1]?.norm === 'the';
    const n = breaksAfter(last) && !appositive ? 0 : nameAt(toks, chain.end, lex, gaz);
    if (!n || (lowerOnly && n < 2)) {
      i = chain.end - 1;
      continue;
    }
    const name = span(sentence, chain.end, chain.end + n, text);
    out.push({ docId, ...name, category: 'Person', form: 'name', rule: 'title.person', titles: chain.titles, represents: chain.represents, priority: 4 });
    for (const [a, b] of chain.parts) {
      out.push({ docId, ...span(sentence, a, b, text), category: 'Person', form: 'title', rule: 'title.of-person', priority: 4, members: [`@${name.start}`] });
    }
    i = chain.end + n - 1;
  }
  return out.concat(trailingTitles(sentence, text, lex, docId, gaz, out));
}

/** Rule `title.appositive`: "Sergei Lavrov, the Russian foreign minister, said": the title follows the name. */
function trailingTitles(sentence: Sentence, text: string, lex: Lexicon, docId: string, gaz: Candidate[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const n = isCap(toks[i]) && !found.some((c) => c.tokens[0] <= i && i < c.tokens[1]) ? nameAt(toks, i, lex, gaz) : 0;
    if (n < 2 || !/^,\s*$/.test(toks[i + n - 1].post)) {
      i += Math.max(n - 1, 0);
      continue;
    }
    let j = i + n;
    if (['the', 'a', 'an'].includes(toks[j]?.norm ?? '')) j++;
    const chain = titleChainAt(toks, j, lex, gaz);
    const ends = chain && (chain.end >= toks.length || /[,.;]/.test(toks[chain.end - 1].post) || ['of', 'for'].includes(toks[chain.end]?.norm ?? ''));
    if (!chain || !ends || toks[i - 1]?.norm === 'and') {
      i += n - 1;
      continue;
    }
    let represents = chain.represents;
    const of = toks[chain.end]?.norm === 'of' ? gaz.find((g) => g.tokens[0] === chain.end + 1 && g.category === 'Country') : undefined;
    if (!represents && of?.key) represents = { iso3: of.key.slice('country:'.length), start: of.start, end: of.end, rule: 'represents.title-of-country' };
    const name = span(sentence, i, i + n, text);
    out.push({ docId, ...name, category: 'Person', form: 'name', rule: 'title.appositive', titles: chain.titles, represents: represents && { ...represents, rule: represents.rule === 'represents.title-qualifier' ? 'represents.appositive-title' : represents.rule }, priority: 4 });
    for (const [a, b] of chain.parts) out.push({ docId, ...span(sentence, a, b, text), category: 'Person', form: 'title', rule: 'title.of-person', priority: 4, members: [`@${name.start}`] });
    i = chain.end - 1;
  }
  return out;
}

/** Rule `honorific.person`: "Mr. Lavrov", "Dr. Ana Ruiz". */
export function honorificMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string, gaz: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    if (!lex.titles.honorifics.has(toks[i].norm) || !isCap(toks[i])) continue;
    const n = nameAt(toks, i + 1, lex, gaz);
    if (n) out.push({ docId, ...span(sentence, i + 1, i + 1 + n, text), category: 'Person', form: 'name', rule: 'honorific.person', priority: 3 });
  }
  return out;
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
      else break;
    }
    const single = j - i === 1;
    const known = (t: Token) => t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('MaleName') || t.tags.has('FemaleName');
    // a lone capitalised word opening a sentence is a person only when compromise knows it as a name
    const openerNotName = single && i === 0 && !known(toks[i]);
    const shouting = single && isAllCaps(toks[i].text) && toks[i].text.length > 1 && sentence.tokens.every(isCapOrSymbol);
    if (!openerNotName && !shouting) {
      out.push({ docId, ...span(sentence, i, j, text), category: 'Person', form: 'name', rule: 'tagger.person', priority: 1 });
    }
    i = j - 1;
  }
  return out;
}
const isCapOrSymbol = (t: Token) => !/\p{Ll}/u.test(t.text);

/** Words that make a capitalised phrase a place or thing, not a person ("Bourbon Street", "Jaffar Express"). */
const THING_WORDS = new Set(['street', 'road', 'avenue', 'square', 'palace', 'bridge', 'airport', 'station', 'express', 'hotel', 'mosque', 'church', 'cathedral', 'temple', 'hospital', 'school', 'stadium', 'park', 'river', 'lake', 'mountain', 'island', 'islands', 'bay', 'valley', 'province', 'region', 'district', 'county', 'oblast', 'state', 'city', 'act', 'law', 'treaty', 'agreement', 'prize', 'award', 'cup', 'games', 'championship', 'day', 'war', 'operation', 'program', 'project', 'plan', 'summit', 'conference', 'covid-19', 'covid', 'twitter', 'facebook', 'google', 'microsoft', 'apple']);
const NAME_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person'];
const nameLike = (t: Token) => !t.lexical || NAME_TAGS.includes(t.lexical);

/**
 * Rule `proper.name-in-actor-slot`: a capitalised name compromise does not know ("Narendra Modi", "Netanyahu")
 * standing where an actor stands — right before a verb, or right after one — is a person.
 */
export function actorSlotNameMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string, taken: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  const free = (k: number) => !taken.some((c) => c.tokens[0] <= k && k < c.tokens[1] && c.sentence === sentence.index);
  for (let i = 0; i < toks.length; i++) {
    const ok = (t: Token, k: number) => isCap(t) && free(k) && nameLike(t) && !FUNCTION_WORDS.has(t.norm) && !THING_WORDS.has(t.norm) && !headAt(toks, k, lex) && !lex.orgHeadWords.has(t.text) && !/\d/.test(t.text) && !isAllCaps(t.text);
    if (!ok(toks[i], i)) continue;
    let j = i + 1;
    while (j < toks.length && j - i < 3 && ok(toks[j], j) && !apart(toks, j) && !toks[j - 1].possessive) j++;
    if (j < toks.length && isCap(toks[j]) && !apart(toks, j)) {
      i = j;
      continue; // part of a longer capitalised phrase: not ours to guess
    }
    const next = toks[j];
    const prev = toks[i - 1];
    const beforeVerb = next && !apart(toks, j) && next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Participle');
    const afterVerb = prev && !/[,;:]/.test(prev.post) && (prev.tags.has('Verb') || prev.norm === 'with') && !prev.tags.has('Copula');
    // "Narendra Modi and Xi Jinping held talks": coordinated with a person already found
    const beforePerson = next && (next.norm === 'and' || /^,\s*$/.test(toks[j - 1].post)) && taken.concat(out).some((c) => c.category === 'Person' && c.sentence === sentence.index && c.tokens[0] === j + (next.norm === 'and' ? 1 : 0));
    if ((beforeVerb && !(i === 0 && j - i === 1 && (toks[i].lexical || (toks[i].tags.has('Plural') && !toks[i].tags.has('ProperNoun'))))) || afterVerb || (beforePerson && j - i >= 2)) {
      out.push({ docId, ...span(sentence, i, j, text), category: 'Person', form: 'name', rule: 'proper.name-in-actor-slot', priority: 1 });
    }
    i = j - 1;
  }
  return out;
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

/** Rule `proper.organization`: a capitalised phrase ending in an organisation head word ("Federal Security Service"). */
export function organizationMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!lex.orgHeadWords.has(toks[i].text) || !isCap(toks[i])) continue;
    let s = i;
    while (s > 0 && isCap(toks[s - 1]) && !breaksAfter(toks[s - 1]) && !FUNCTION_WORDS.has(toks[s - 1].norm) && !toks[s - 1].possessive) s--;
    let e = i + 1;
    // "Ministry of Foreign Affairs", "Party for Freedom", "Ministry of Foreign Affairs and Trade" ("and" only after "of"/"for")
    let linked = false;
    while (e + 1 < toks.length && (['of', 'for'].includes(toks[e].norm) || (toks[e].norm === 'and' && linked)) && isCap(toks[e + 1]) && !breaksAfter(toks[e - 1])) {
      linked = true;
      e += 2;
      while (e < toks.length && isCap(toks[e]) && !breaksAfter(toks[e - 1])) e++;
    }
    if (e - s < 2 && !isAllCaps(toks[i].text)) continue; // a lone "Council" names nothing
    out.push({ docId, ...span(sentence, s, e, text), category: 'Organization', form: 'name', rule: 'proper.organization', priority: 2 });
    i = e - 1;
  }
  return out;
}

/** Rule `tagger.organization`: capitalised words compromise tags as an organisation ("Reuters", "Ajax Amsterdam"). */
export function taggedOrganizationMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  const ok = (t: Token, k: number) => t.tags.has('Organization') && isCap(t) && !headAt(toks, k, lex) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Person') && !t.tags.has('Demonym');
  for (let i = 0; i < toks.length; i++) {
    if (!ok(toks[i], i)) continue;
    let j = i + 1;
    while (j < toks.length && ok(toks[j], j) && !apart(toks, j) && !toks[j - 1].possessive) j++;
    out.push({ docId, ...span(sentence, i, j, text), category: 'Organization', form: 'name', rule: 'tagger.organization', priority: 1 });
    i = j - 1;
  }
  return out;
}

/** Rule `tagger.place`: capitalised words compromise tags as a place, when no gazetteer entry covers them. */
export function taggedPlaceMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const ok = (t: Token, k: number) => t.tags.has('Place') && isCap(t) && !headAt(toks, k, lex) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Person');
    if (!ok(toks[i], i)) continue;
    let j = i + 1;
    while (j < toks.length && ok(toks[j], j) && !apart(toks, j) && !toks[j - 1].possessive) j++;
    const category: Category = toks.slice(i, j).some((t) => t.tags.has('City')) ? 'City' : toks.slice(i, j).some((t) => t.tags.has('Country')) ? 'Country' : 'Location';
    if (category !== 'Country' && !insideLongerName(toks, i, j)) out.push({ docId, ...span(sentence, i, j, text), category, form: 'name', rule: 'tagger.place', priority: 1 });
    i = j - 1;
  }
  return out;
}

/** Rule `event.noun` / `proposal.noun`: "an informal meeting", "a five-point proposal". */
export function eventMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && t.norm !== 'meeting') continue;
    const isEvent = lex.events.events.has(t.norm) || lex.events.events.has(t.root);
    const isProposal = lex.events.proposals.has(t.norm) || lex.events.proposals.has(t.root);
    if (!isEvent && !isProposal) continue;
    let s = i;
    for (;;) {
      const prev = toks[s - 1];
      if (!prev) break;
      if (lex.events.modifiers.has(prev.norm)) s--;
      else if (toks[s - 2] && toks[s - 2].post === '-' && (lex.events.modifiers.has(`${toks[s - 2].norm}-${prev.norm}`) || (prev.norm === 'point' && toks[s - 2].tags.has('Value')))) s -= 2;
      else break;
    }
    if (isProposal && s === i && !['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(toks[i - 1]?.norm ?? '')) continue;
    out.push({ docId, ...span(sentence, s, i + 1, text), category: isProposal ? 'Proposal' : 'Event', form: 'name', rule: isProposal ? 'proposal.noun' : 'event.noun', priority: 2 });
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2 };
const GROUP_NOUNS: Record<string, Category> = { countries: 'Country', nations: 'Country', states: 'Country', governments: 'Country', sides: 'Country', leaders: 'Person', ministers: 'Person', officials: 'Person', organizations: 'Organization' };
/** Rule `group.anaphor`: "the four countries", "both nations"; resolved to an earlier list of that size. */
export function groupMentions(sentence: Sentence, text: string, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    const n = NUMBER_WORDS[toks[i].norm];
    const category = GROUP_NOUNS[toks[i + 1].norm];
    if (!n || !category) continue;
    const definite = toks[i].norm === 'both' || toks[i - 1]?.norm === 'the';
    if (!definite) continue;
    const s = toks[i - 1]?.norm === 'the' ? i - 1 : i;
    out.push({ docId, ...span(sentence, s, i + 2, text), category, form: 'pronoun', rule: 'group.anaphor', priority: 2, members: [String(n)] });
  }
  return out;
}

/**
 * Overlap policy `title-then-longest`: names read after a title win; otherwise the longest span, then the
 * higher priority, then the earlier. Title mentions never compete with names: they are kept beside them.
 */
export function selectMentions(candidates: Candidate[]): Candidate[] {
  // names read after a title are the strongest evidence; among the rest, the longest span wins
  const tier = (c: Candidate) => (c.priority >= 4 ? 1 : 0);
  const sorted = [...candidates].sort((a, b) => tier(b) - tier(a) || b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Rule `coref.surname`: a bare surname or given name of a person named in full in the document ("Wang" → Wang Yi),
 * or several of its parts in a row ("Suu Kyi" → Aung San Suu Kyi). Only full names (two words or more) lend their
 * parts: a single word the tagger took for a person does not spread.
 */
export function surnameMentions(parsed: ParsedDocument, kept: Candidate[]): Candidate[] {
  const text = parsed.doc.text;
  const parts = new Set<string>();
  for (const m of kept) {
    if (m.category !== 'Person' || m.form !== 'name') continue;
    const words = m.text.split(/[\s-]+/).filter((w) => w.length > 1 && !NAME_PARTICLES.has(w.toLowerCase()) && !/^\p{Lu}\.$/u.test(w));
    if (words.length >= 2) for (const w of words) parts.add(w);
  }
  const out: Candidate[] = [];
  const free = (t: Token) => isCap(t) && parts.has(t.text) && !kept.some((m) => m.start < t.end && t.start < m.end);
  for (const s of parsed.sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      if (!free(s.tokens[i])) continue;
      let j = i + 1;
      while (j < s.tokens.length && free(s.tokens[j]) && !apart(s.tokens, j)) j++;
      out.push({ docId: parsed.doc.id, ...span(s, i, j, text), category: 'Person', form: 'alias', rule: 'coref.surname', priority: 1 });
      i = j - 1;
    }
  }
  return out;
}

/**
 * Rule `coref.definite-title`: "the foreign minister" is the person named earlier with that title ("Foreign
 * Minister Sergei Lavrov"), when one person in the document holds it; otherwise nothing is guessed.
 */
export function definiteTitleMentions(parsed: ParsedDocument, kept: Candidate[], titles: Candidate[], lex: Lexicon): Candidate[] {
  const holders = new Map<string, Set<string>>();
  const firstSeen = new Map<string, number>();
  for (const m of kept) {
    if (m.category !== 'Person' || m.form !== 'name' || !m.titles || m.text.split(/\s+/).length < 2) continue;
    for (const t of m.titles) {
      const title = t.toLowerCase().split(/\s+(?:and|to)\s+/).pop()!; // "Assistant to Foreign Minister" is held by the assistant
      holders.set(title, (holders.get(title) ?? new Set()).add(m.text));
      firstSeen.set(m.text, Math.min(firstSeen.get(m.text) ?? Infinity, m.start));
    }
  }
  if (!holders.size) return [];
  const out: Candidate[] = [];
  const taken = [...kept, ...titles];
  for (const s of parsed.sentences) {
    const toks = s.tokens;
    for (let i = 0; i + 1 < toks.length; i++) {
      if (toks[i].norm !== 'the') continue;
      const n = headAt(toks, i + 1, lex);
      const next = toks[i + 1 + n];
      if (!n || (next && isCap(next) && !apart(toks, i + 1 + n))) continue; // a name follows: the title rules read it
      const title = toks.slice(i + 1, i + 1 + n).map((t) => t.norm).join(' ');
      const who = [...(holders.get(title) ?? [])];
      const sp = span(s, i + 1, i + 1 + n, parsed.doc.text);
      if (who.length !== 1 || firstSeen.get(who[0])! > sp.start || taken.some((m) => m.start < sp.end && sp.start < m.end)) continue;
      out.push({ docId: parsed.doc.id, ...sp, category: 'Person', form: 'pronoun', rule: 'coref.definite-title', key: `person:${slug(who[0])}`, label: who[0], priority: 1 });
    }
  }
  return out;
}

/**
 * Rule `alias.acronym`: a name followed by its acronym in brackets — "the Rapid Support Forces (RSF)", "the
 * International Criminal Court (ICC)" — defines the acronym for the document: each of its occurrences, there and
 * later, is that entity, before any other reading. The acronym's letters must follow the name's initials.
 */
function acronymAliases(parsed: ParsedDocument, kept: Candidate[]): Candidate[] {
  const defined = new Map<string, Candidate>();
  for (const c of kept) {
    if (c.form === 'title' || c.category === 'Person' || c.category === 'Event' || c.category === 'Proposal') continue;
    const toks = parsed.sentences[c.sentence].tokens;
    const acr = toks[c.tokens[1]];
    if (!acr || !/\(\s*$/.test(toks[c.tokens[1] - 1].post + acr.pre) || !/^\s*\)/.test(acr.post)) continue;
    const letters = acr.text.replace(/\./g, '');
    if (!/^\p{Lu}{2,8}$/u.test(letters) || defined.has(acr.text)) continue;
    const initials = c.text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    let k = 0;
    for (const ch of initials) if (ch === letters[k]) k++;
    if (k === letters.length && initials[0] === letters[0]) defined.set(acr.text, c);
  }
  if (!defined.size) return kept;
  const aliases: Candidate[] = [];
  for (const s of parsed.sentences) {
    s.tokens.forEach((t, i) => {
      const c = defined.get(t.text);
      if (c) aliases.push({ docId: c.docId, ...span(s, i, i + 1, parsed.doc.text), category: c.category, form: 'alias', rule: 'alias.acronym', ...(c.key ? { key: c.key } : {}), label: c.label ?? c.text, priority: 5 });
    });
  }
  return selectMentions([...kept, ...aliases]);
}

/** All mention rules over one parsed document, overlaps resolved. Pure. */
export function findMentions(parsed: ParsedDocument, lex: Lexicon = lexicon()): Candidate[] {
  const text = parsed.doc.text;
  const docId = parsed.doc.id;
  const all: Candidate[] = [];
  const titles: Candidate[] = [];
  for (const s of parsed.sentences) {
    const gaz = gazetteerMentions(s, text, lex, docId);
    const titled = titledPersonMentions(s, text, lex, docId, gaz);
    titles.push(...titled.filter((c) => c.form === 'title'));
    all.push(
      ...gaz,
      ...titled.filter((c) => c.form !== 'title'),
      ...honorificMentions(s, text, lex, docId, gaz),
      ...taggedPersonMentions(s, text, lex, docId),
      ...initialledNameMentions(s, text, docId),
      ...organizationMentions(s, text, lex, docId),
      ...taggedPlaceMentions(s, text, lex, docId),
      ...regionMentions(s, text, lex, docId),
      ...prepositionPlaceMentions(s, text, lex, docId),
      ...taggedOrganizationMentions(s, text, lex, docId),
      ...eventMentions(s, text, lex, docId),
      ...groupMentions(s, text, docId),
    );
  }
  // a title word is never a name of its own ("Councilor", "Minister"), and a demonym inside a title is kept as a country mention
  const titleSpans = titles.map((t) => [t.start, t.end] as const);
  const filtered = all.filter((c) => !(c.form !== 'title' && c.rule.startsWith('tagger.') && titleSpans.some(([a, b]) => c.start < b && a < c.end)));
  const first = selectMentions(filtered);
  // right to left, so that a name coordinated with a later one ("A and B met") is seen after it
  const slots: Candidate[] = [];
  for (const s of parsed.sentences) {
    const once = actorSlotNameMentions(s, text, lex, docId, [...first, ...titles]);
    slots.push(...once, ...actorSlotNameMentions(s, text, lex, docId, [...first, ...titles, ...once]));
  }
  const kept = selectMentions([...first, ...slots]);
  // a word that is part of a person's name in this document is that person, not the tagger's place guess ("Bolton")
  const nameParts = new Set(kept.filter((m) => m.category === 'Person' && m.form === 'name' && m.text.includes(' ')).flatMap((m) => m.text.split(/\s+/)));
  const trusted = kept.filter((m) => !((m.rule.startsWith('tagger.') || m.rule === 'gazetteer.city') && m.category !== 'Person' && nameParts.has(m.text)));
  const withSurnames = selectMentions([...trusted, ...surnameMentions(parsed, trusted)]);
  const placed = appositionPlaces(parsed, acronymAliases(parsed, sportsTeams(parsed, withSurnames, lex)), lex);
  const definite = definiteTitleMentions(parsed, placed, titles, lex);
  return [...selectMentions([...placed, ...definite]), ...titles].sort((a, b) => a.start - b.start || a.end - b.end);
}

