/** recognize/organizations: `proper.organization` (a capitalised phrase ending in a head word) and `tagger.organization`. */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, Sentence, Token } from '../model.js';
import { breaksAfter, isAllCaps, isCap, nameRuns, span } from '../parse/tokens.js';
import { FUNCTION_WORDS, headAt } from './words.js';

const dateWord = (t: Token) => t.tags.has('WeekDay') || t.tags.has('Month') || t.tags.has('Date');

/** Rule `proper.organization`: a capitalised phrase ending in an organisation head word ("Federal Security Service"). */
export function organizationMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!lex.orgHeadWords.has(toks[i].text) || !isCap(toks[i])) continue;
    let s = i;
    const before = (k: number) => k > 0 && !breaksAfter(toks[k - 1]) && !toks[k - 1].possessive && !/[[\]]/.test(toks[k - 1].text);
    for (;;) {
      if (before(s) && isCap(toks[s - 1]) && !FUNCTION_WORDS.has(toks[s - 1].norm) && !dateWord(toks[s - 1])) s--;
      // "Peace and Freedom Party", "National Search and Rescue Agency": two capitalised words joined by "and"
      // (common words both: "Ebrahim Asgharzadeh and Union of …" is two names)
      else if (before(s) && toks[s - 1].norm === 'and' && s - 1 > 0 && isCap(toks[s - 2]) && !breaksAfter(toks[s - 2]) && lex.commonWords.has(toks[s - 2].norm) && !lex.orgHeadWords.has(toks[s].text) && !toks[s - 2].tags.has('Person')) s -= 2;
      // "1st Fleet Command"
      else if (before(s) && /^\d+(st|nd|rd|th)$/.test(toks[s - 1].norm)) s--;
      else break;
    }
    let e = i + 1;
    // "Chapman University School of Law": capitalised words up to a later head word belong to the name
    for (let k = e; k < toks.length && isCap(toks[k]) && !breaksAfter(toks[k - 1]) && !FUNCTION_WORDS.has(toks[k].norm); k++) if (lex.orgHeadWords.has(toks[k].text)) e = k + 1;
    // "Ministry of Foreign Affairs", "Party for Freedom", "Ministry of Foreign Affairs and Trade" ("and" only after "of"/"for")
    let linked = false;
    // never into a bracket: "Parliament of New South Wales (NSW)" ends before it
    const open = (k: number) => toks[k].pre.includes('(');
    while (e + 1 < toks.length && (['of', 'for'].includes(toks[e].norm) || (toks[e].norm === 'and' && linked)) && isCap(toks[e + 1]) && !breaksAfter(toks[e - 1]) && !open(e + 1)) {
      linked = true;
      e += 2;
      while (e < toks.length && isCap(toks[e]) && !breaksAfter(toks[e - 1]) && !open(e)) e++;
    }
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
  const word = (i: number, j: number) => j - i === 1 && toks[i].lexical !== 'Organization' && (lex.commonWords.has(toks[i].norm) || toks[i].text.length <= 2);
  const person = (i: number, j: number) => j - i === 2 && (toks[i].tags.has('FirstName') || toks[i].tags.has('MaleName') || toks[i].tags.has('FemaleName')) && !lex.commonWords.has(toks[i].norm) && !lex.orgHeadWords.has(toks[i + 1].text) && toks[i].lexical !== 'Organization';
  return nameRuns(toks, ok)
    .filter(([i, j]) => !modifier(i, j) && !word(i, j) && !person(i, j))
    .map(([i, j]) => ({ docId, ...span(sentence, i, j, text), category: 'Organization', form: 'name', rule: 'tagger.organization', priority: 1 }));
}
