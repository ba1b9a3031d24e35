/** recognize/gazetteer: rule family `gazetteer.*`, the names the lexicon knows (countries, demonyms, capitals, regions, organisations, towns). */
import { fold, type GazetteerEntry, type Lexicon } from '../lexicon/index.js';
import type { Candidate, Sentence, Token } from '../model.js';
import { apart, isAllCaps, isCap, span } from '../parse/tokens.js';
import { FUNCTION_WORDS } from './words.js';

/** Does gazetteer entry token `e` match text token `t`? Acronyms must match exactly; names need a capital. */
function tokenMatches(e: string, folded: string, t: Token, tFolded: string): boolean {
  if (e.length > 1 && isAllCaps(e.replace(/[^\p{L}]/gu, ''))) return t.text.replace(/\.$/, '') === e.replace(/\.$/, '');
  const same = t.norm === folded || tFolded === folded;
  return /^\p{Lu}/u.test(e) ? isCap(t) && same : same;
}

const QUANTIFIERS = new Set(['a', 'an', 'any', 'no', 'every', 'each', 'my', 'your', 'our', 'their']);

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
    // "Can you tell us…" is not the Turkish town Çan: a one-word town met only without its accents that is a common word
    if (hit.rule === 'gazetteer.city' && end === i + 1 && toks[i].text !== hit.label && lex.commonWords.has(folded[i].toLowerCase())) continue;
    // "we haven't given any ETA on release": letters in capitals after "a", "any", "no" or a possessive pronoun, as the
    // head of their phrase, are a term, not a body ("an FBI agent" is the FBI's)
    const modifies = !!toks[end] && !isCap(toks[end]) && toks[end].tags.has('Noun') && !toks[end].tags.has('Pronoun') && !/[,;:()"]/.test(toks[end - 1].post);
    if (hit.category === 'Organization' && end === i + 1 && isAllCaps(toks[i].text) && QUANTIFIERS.has(toks[i - 1]?.norm ?? '') && !modifies) continue;
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
export function insideLongerName(toks: Token[], from: number, to: number): boolean {
  const joins = (t: Token | undefined, k: number) => !!t && isCap(t) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Date') && !t.tags.has('Month') && !t.tags.has('WeekDay') && !/\d/.test(t.text) && k > 0;
  const before = toks[from - 1];
  const after = toks[to];
  return (joins(before, from - 1) && !apart(toks, from)) || (joins(after, to) && !apart(toks, to));
}
