/** recognize/organizations: `proper.organization` (a capitalised phrase ending in a head word) and `tagger.organization`. */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, Sentence, Token } from '../model.js';
import { breaksAfter, isAllCaps, isCap, nameRuns, span } from '../parse/tokens.js';
import { FUNCTION_WORDS, givenTag, headAt } from './words.js';

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

/**
 * Where an organisation's name that ends before token `e` really ends: "Ministry of Foreign Affairs", "Party for
 * Freedom", "Ministry of Foreign Affairs and Trade" ("and" only after "of"/"for", and not before a second
 * organisation: "University of Washington and Stanford University"); never into a bracket ("Parliament of New South
 * Wales (NSW)").
 */
function continuation(toks: Token[], e: number, lex: Lexicon): number {
  const open = (k: number) => /[([]/.test(toks[k].pre) || /[[\]]/.test(toks[k].text);
  let linked = false;
  while (e + 1 < toks.length && (['of', 'for'].includes(toks[e].norm) || (toks[e].norm === 'and' && linked)) && isCap(toks[e + 1]) && !breaksAfter(toks[e - 1]) && !open(e + 1)) {
    let k = e + 2;
    while (k < toks.length && isCap(toks[k]) && !breaksAfter(toks[k - 1]) && !open(k)) k++;
    if (toks[e].norm === 'and' && toks.slice(e + 1, k).some((t) => lex.orgHeadWords.has(t.text))) break;
    linked = true;
    e = k;
  }
  return e;
}

const dateWord = (t: Token) => t.tags.has('WeekDay') || t.tags.has('Month') || t.tags.has('Date');

/** Rule `proper.organization`: a capitalised phrase ending in an organisation head word ("Federal Security Service"). */
export function organizationMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!lex.orgHeadWords.has(toks[i].text) || !isCap(toks[i])) continue;
    let s = i;
    // not over a possessive ("United States' National Basketball Association"), unless of one common noun ("People's Party")
    const owner = (t: Token) => t.possessive || /['’]$/.test(t.text) || /^['’]/.test(t.post);
    const common = (t: Token) => [t.norm.replace(/['’]s?$/, ''), t.norm.replace(/s$/, ''), t.norm.replace(/ies$/, 'y')].some((w) => lex.commonWords.has(w));
    // never over a bracket: "TIFR [Tata Institute …"
    const before = (k: number) => k > 0 && !breaksAfter(toks[k - 1]) && (!owner(toks[k - 1]) || (common(toks[k - 1]) && !(k > 1 && isCap(toks[k - 2]) && !FUNCTION_WORDS.has(toks[k - 2].norm) && !breaksAfter(toks[k - 2])))) && !/[[\]]/.test(toks[k - 1].text) && !/[[(]/.test(toks[k].pre);
    for (;;) {
      // not over a verb ("Remarked Center for Biological Diversity")
      if (before(s) && isCap(toks[s - 1]) && !FUNCTION_WORDS.has(toks[s - 1].norm) && !dateWord(toks[s - 1]) && !(toks[s - 1].tags.has('Verb') && !toks[s - 1].tags.has('Noun'))) s--;
      // "Peace and Freedom Party", "National Search and Rescue Agency": two capitalised words joined by "and"
      // (common words both: "Ebrahim Asgharzadeh and Union of …" is two names)
      else if (before(s) && toks[s - 1].norm === 'and' && s - 1 > 0 && isCap(toks[s - 2]) && !breaksAfter(toks[s - 2]) && common(toks[s - 2]) && !toks[s - 2].tags.has('Adjective') && !lex.orgHeadWords.has(toks[s].text) && !toks[s - 2].tags.has('Person')) s -= 2;
      // "1st Fleet Command", "the Second Circuit Court of Appeals"
      else if (before(s) && (/^\d+(st|nd|rd|th)$/.test(toks[s - 1].norm) || (isCap(toks[s - 1]) && s - 1 > 0 && ORDINALS.has(toks[s - 1].norm)))) s--;
      else break;
    }
    let e = i + 1;
    // "Chapman University School of Law": capitalised words up to a later head word belong to the name
    for (let k = e; k < toks.length && isCap(toks[k]) && !breaksAfter(toks[k - 1]) && !owner(toks[k - 1]) && !FUNCTION_WORDS.has(toks[k].norm); k++) if (lex.orgHeadWords.has(toks[k].text)) e = k + 1;
    e = continuation(toks, e, lex);
    if (e - s < 2 && !isAllCaps(toks[i].text)) continue; // a lone "Council" names nothing
    out.push({ docId, ...span(sentence, s, e, text), category: 'Organization', form: 'name', rule: 'proper.organization', priority: 2 });
    i = e - 1;
  }
  return out;
}

/** Rule `tagger.organization`: capitalised words compromise tags as an organisation ("Reuters", "Ajax Amsterdam"). */
export function taggedOrganizationMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const toks = sentence.tokens;
  // not a weekday or month ("Friday Ford Motor Company"), not a plural of capitals ("IDEs", "PCs")
  const ok = (t: Token, k: number) => t.tags.has('Organization') && isCap(t) && !headAt(toks, k, lex) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Person') && !t.tags.has('Demonym') && !dateWord(t) && !/^\p{Lu}{2,}s$/u.test(t.text);
  // "the Trump administration": one word the tagger calls an organisation only from the noun after it is that noun's modifier
  const modifier = (i: number, j: number) => j - i === 1 && toks[i].lexical !== 'Organization' && !!toks[j] && !isCap(toks[j]) && toks[j].tags.has('Noun') && !toks[j].tags.has('Pronoun');
  // one common word ("Society", "Emergency") or two letters the tagger guessed; a given name and a surname ("Barack Obama")
  const word = (i: number, j: number) => j - i === 1 && toks[i].lexical !== 'Organization' && (lex.commonWords.has(toks[i].norm) || toks[i].text.length <= 2 || lex.orgHeadWords.has(toks[i].text.replace(/\.$/, '')) || lex.orgHeadWords.has(`${toks[i].text}.`));
  const person = (i: number, j: number) => j - i === 2 && givenTag(toks[i]) && !lex.commonWords.has(toks[i].norm) && !lex.orgHeadWords.has(toks[i + 1].text) && toks[i].lexical !== 'Organization';
  return nameRuns(toks, ok)
    .filter(([i, j]) => !modifier(i, j) && !word(i, j) && !person(i, j))
    // with a head word the name may go on ("Chapman University School of Law"); "the EEZ of Cyprus" does not
    .map(([i, j]) => ({ docId, ...span(sentence, i, toks.slice(i, j).some((t) => lex.orgHeadWords.has(t.text)) ? continuation(toks, j, lex) : j, text), category: 'Organization', form: 'name', rule: 'tagger.organization', priority: 1 }));
}
