/**
 * recognize/places: places the gazetteer does not list, read from how news writes them.
 *
 * - `proper.facility`: a capitalised name before a facility head word ("Goma Airport", "Incirlik Air Base").
 * - `proper.region`: a capitalised name before a region head word is a region ("Borno State", "Rostov Oblast",
 *   "Artibonite department"); when it is a country's first-level subdivision (lexicon `adminRegions`), it lies
 *   in that country.
 * - `place.apposition`: names in a chain that ends in a country are places in that country ("in Mandaragirau,
 *   Borno State, Nigeria", "Porepunkah, Victoria, Australia"); the text's country wins over a namesake elsewhere
 *   in the gazetteer ("Halle, Saxony-Anhalt, Germany" is not Halle in Belgium). Each place in the chain gets a
 *   LOCATED_IN edge to the country (`located-in.apposition`, made in relate/places).
 * - `tagger.place`: capitalised words compromise tags as a place, when no gazetteer entry covers them.
 */
import { fold, slug, type Lexicon } from '../lexicon/index.js';
import type { Candidate, Category, ParsedDocument, Sentence, Token } from '../model.js';
import { isCap, nameRuns, span } from '../parse/tokens.js';
import { insideLongerName } from './gazetteer.js';
import { FUNCTION_WORDS, headAt } from './words.js';

const PARTICLES = new Set(['al', 'el', 'de', 'la', 'le', 'du', 'der', 'van', 'von', 'of', 'da', 'do', 'dos', 'di', 'bin', 'ibn', 'ad', 'as', 'an', 'ar', 'at', 'ash']);

const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'from', 'of', 'across', 'around', 'into', 'to']);

/** Rule `proper.facility`: "Goma Airport", "Incirlik Air Base", "Moscow Refinery". */
export function facilityMentions(s: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    const head = lex.facilityHeads.find((h) => h.every((w, k) => toks[i + k]?.text === w && (k === h.length - 1 || !/[,;:()]/.test(toks[i + k].post))));
    if (!head || /[,;:()"]/.test(toks[i - 1].post) || !isCap(toks[i - 1])) continue;
    let from = i;
    while (from > 0 && isCap(toks[from - 1]) && !/[,;:()"]/.test(toks[from - 1].post) && i - from < 4 && !toks[from - 1].tags.has('Demonym')) from--;
    if (from === 0 && i - from === 1 && toks[0].tags.has('Determiner')) continue;
    out.push({ docId, ...span(s, from, i + head.length, text), category: 'Location', form: 'name', rule: 'proper.facility', priority: 2 });
    i += head.length - 1;
  }
  return out;
}

/** Rule `proper.region`: "Borno State", "Rostov Oblast", "Artibonite department" (the capitalised part). */
export function regionMentions(s: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (!lex.regionHeads.has(toks[i].norm) || /[,;:()]/.test(toks[i - 1].post)) continue;
    let from = i;
    while (from > 0 && isCap(toks[from - 1]) && !/[,;:()"]/.test(toks[from - 1].post) && !toks[from - 1].tags.has('Demonym') && i - from < 3 && from - 1 > 0) from--;
    if (from === i) continue;
    const headCap = isCap(toks[i]);
    // "Islamic State", "United States" are not regions: names the gazetteer holds win the overlap anyway
    const sp = span(s, from, headCap ? i + 1 : i, text);
    // a country's subdivision, with or without its head word ("Samara Oblast", "Borno" State): the country is known
    const name = toks.slice(from, i).map((t) => t.text).join(' ');
    const iso3 = lex.adminRegions.get(fold(sp.text)) ?? lex.adminRegions.get(fold(name));
    out.push({ docId, ...sp, category: 'Location', form: 'name', rule: 'proper.region', priority: 2, ...(iso3 && lex.countries.has(iso3) ? { key: `location:${iso3}:${slug(sp.text)}`, label: sp.text } : {}) });
  }
  return out;
}

/**
 * Whether one capitalised word guessed a place can be one: not a common word the tagger's lexicon does not know as
 * a place ("in Nature", "Proceedings", "the State"), not a people's or a faith's word ("in Islam", "Muslim"), not a
 * day or a month.
 */
function placeWord(t: Token, lex: Lexicon): boolean {
  if (['Demonym', 'WeekDay', 'Month', 'Date'].includes(t.lexical ?? '') || t.tags.has('WeekDay') || t.tags.has('Month')) return false;
  if (/^(islam|christianity|judaism|hinduism|buddhism|sikhism|god|allah)$/.test(t.norm)) return false;
  return !lex.commonWords.has(t.norm) || ['Place', 'City', 'Country', 'Region'].includes(t.lexical ?? '');
}

/** Prepositions after which an unknown capitalised name is taken for a place. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'towards', 'toward']);

const NOT_PLACE_TAGS = ['Date', 'Month', 'WeekDay', 'Person', 'Organization', 'Pronoun', 'Value', 'Demonym', 'Acronym'];

/**
 * Rule `place.after-preposition`: an unknown capitalised name right after "in", "near" or "outside", or after a
 * kind of place and "of" ("the village of Um Garfa"), is a place ("wounded in a drone attack in Zaporizhzhia"):
 * a last guess, below every other rule.
 */
export function prepositionPlaceMentions(s: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = s.tokens;
  // "in Zaporizhzhia", "outside of Dorogobuzh"; "the village of Um Garfa", "the North Darfur town of Abu Qamra"
  const kindOf = (i: number) => i > 1 && toks[i - 1].norm === 'of' && (lex.placeKinds.has(toks[i - 2].norm) || toks[i - 2].norm === 'outside') && !/[,;:()"]/.test(toks[i - 2].post);
  for (let i = 1; i < toks.length; i++) {
    if (!(PLACE_PREPOSITIONS.has(toks[i - 1].text) || kindOf(i)) || /[,;:()"]/.test(toks[i - 1].post)) continue;
    const ok = (t: Token) => isCap(t) && !NOT_PLACE_TAGS.some((tag) => t.tags.has(tag)) && !lex.orgHeadWords.has(t.text) && !/\d/.test(t.text) && !/^\p{Lu}+$/u.test(t.text);
    if (!ok(toks[i])) continue;
    let j = i + 1;
    while (j < toks.length && j - i < 3 && ok(toks[j]) && !/[,;:()"]/.test(toks[j - 1].post)) j++;
    if (j === i + 1 && !placeWord(toks[i], lex)) continue;
    out.push({ docId, ...span(s, i, j, text), category: 'Location', form: 'name', rule: 'place.after-preposition', priority: 0 });
    i = j - 1;
  }
  return out;
}

/** Rule `tagger.place`: capitalised words compromise tags as a place, when no gazetteer entry covers them. */
export function taggedPlaceMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  const ok = (t: Token, k: number) => t.tags.has('Place') && isCap(t) && !headAt(toks, k, lex) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Person');
  for (const [i, j] of nameRuns(toks, ok)) {
    if (j === i + 1 && !placeWord(toks[i], lex)) continue;
    const category: Category = toks.slice(i, j).some((t) => t.tags.has('City')) ? 'City' : toks.slice(i, j).some((t) => t.tags.has('Country')) ? 'Country' : 'Location';
    if (category !== 'Country' && !insideLongerName(toks, i, j)) out.push({ docId, ...span(sentence, i, j, text), category, form: 'name', rule: 'tagger.place', priority: 1 });
  }
  return out;
}

/** A chain of places ending in a country: its elements (token ranges) and the country mention's key. */
interface PlaceChain {
  sentence: number;
  elements: Array<[number, number]>;
  country: string;
}

/** The capitalised span (with name particles) that ends at token `end` (exclusive) — before a lower-case region word ("Artibonite department") — or undefined. */
function spanEndingAt(toks: Token[], end: number, lex: Lexicon): [number, number] | undefined {
  if (end > 1 && !isCap(toks[end - 1]) && lex.regionHeads.has(toks[end - 1].norm) && !/[,;:()"]/.test(toks[end - 2].post)) end--;
  let from = end;
  while (from > 0) {
    const t = toks[from - 1];
    if (from < end && /[,;:()"]/.test(t.post)) break;
    if (isCap(t) || (PARTICLES.has(t.norm) && from < end && from - 1 > 0 && isCap(toks[from - 2])) || (t.post === '-' && from < end)) from--;
    else break;
    if (end - from > 4) return undefined;
  }
  // "On Thursday, UK-based …": an opening function word and a time are no place
  while (from < end && (toks[from].tags.has('Preposition') || toks[from].tags.has('Determiner') || toks[from].tags.has('Conjunction'))) from++;
  if (toks.slice(from, end).some((t) => t.tags.has('WeekDay') || t.tags.has('Month') || t.tags.has('Date'))) return undefined;
  return from < end && isCap(toks[from]) ? [from, end] : undefined;
}

/** Chains "X, Y, Country" (or "X, Region" of a known country) in a sentence, from the mentions already found. */
function placeChains(parsed: ParsedDocument, kept: Candidate[], lex: Lexicon): PlaceChain[] {
  const chains: PlaceChain[] = [];
  for (const c of kept) {
    // anchors: a country, or a region whose country is known ("Sabon Gari, Borno State")
    const region = c.category === 'Location' && c.rule === 'proper.region' && /^location:([A-Z]{3}):/.exec(c.key ?? '');
    if (!region && (c.category !== 'Country' || !c.key || c.form === 'demonym')) continue;
    const country = region ? `country:${region[1]}` : c.key!;
    const s = parsed.sentences[c.sentence];
    const toks = s.tokens;
    const elements: Array<[number, number]> = [];
    let end = c.tokens[0];
    while (end > 0 && /^,\s*$/.test(toks[end - 1].post) && elements.length < 3) {
      const el = spanEndingAt(toks, end, lex);
      if (!el) break;
      const covering = kept.find((m) => m.sentence === s.index && m.tokens[0] <= el[0] && el[1] <= m.tokens[1]);
      if (covering?.category === 'Country' || covering?.category === 'Organization' || covering?.category === 'Event') break; // a list of countries, not a place in one
      if (covering && covering.category === 'Person' && (covering.form === 'name' && covering.rule.startsWith('title'))) break;
      elements.unshift(el);
      end = el[0];
    }
    // "Engels-2 air base in Russia", "the Quneitra Governorate in Syria": a place already found, then "in" the country
    if (!elements.length && end > 1 && toks[end - 1].norm === 'in' && !/[,;:()]/.test(toks[end - 2].post)) {
      const place = kept.find((m) => m.sentence === s.index && m.tokens[1] === end - 1 && (m.category === 'City' || m.category === 'Location'));
      if (place) chains.push({ sentence: s.index, elements: [place.tokens], country });
      continue;
    }
    if (!elements.length) continue;
    // "Dorogobuzh in Smolensk Oblast, Russia": a place found before "in" and the chain lies in the chain's country
    const inAt = elements[0][0] - 1;
    if (inAt > 1 && toks[inAt].norm === 'in' && !/[,;:()]/.test(toks[inAt - 1].post)) {
      const place = kept.find((m) => m.sentence === s.index && m.tokens[1] === inAt && (m.category === 'City' || m.category === 'Location'));
      if (place) elements.unshift(place.tokens);
    }
    // the chain must stand where a place stands: after a locative preposition, or open a clause
    const before = toks[elements[0][0] - 1];
    if (before && !LOCATIVES.has(before.norm) && !/[,;:(]/.test(before.post)) continue;
    chains.push({ sentence: s.index, elements, country });
  }
  return chains;
}

/**
 * Rule `place.apposition`: the places of each chain as Location mentions in the chain's country, replacing
 * guesses (tagger, a namesake town elsewhere) that overlap them; places the gazetteer puts in that same country
 * are kept as they are.
 */
export function appositionPlaces(parsed: ParsedDocument, kept: Candidate[], lex: Lexicon): Candidate[] {
  const chains = placeChains(parsed, kept, lex);
  let out = kept;
  for (const chain of chains) {
    const s = parsed.sentences[chain.sentence];
    const iso3 = chain.country.slice('country:'.length);
    for (const [from, to] of chain.elements) {
      const sp = span(s, from, to, parsed.doc.text);
      const overlapping = out.filter((m) => m.sentence === s.index && m.start < sp.end && sp.start < m.end);
      const same = overlapping.find((m) => m.start === sp.start && m.end === sp.end && (m.category === 'City' || m.category === 'Location') && m.key && lex.cityCountry.get(m.key) === iso3);
      if (same) continue;
      if (overlapping.some((m) => m.category === 'Person' && !m.rule.startsWith('tagger.') && !m.rule.startsWith('coref.') && !m.rule.startsWith('proper.'))) continue;
      const label = sp.text;
      out = [...out.filter((m) => !overlapping.includes(m)), { docId: parsed.doc.id, ...sp, category: 'Location', form: 'name', rule: 'place.apposition', key: `location:${iso3}:${slug(label)}`, label, priority: 2 }];
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
