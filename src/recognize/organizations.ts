/** recognize/organizations: `proper.organization` (a capitalised phrase ending in a head word) and `tagger.organization`. */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, Sentence, Token } from '../model.js';
import { breaksAfter, isAllCaps, isCap, nameRuns, span } from '../parse/tokens.js';
import { FUNCTION_WORDS, headAt } from './words.js';

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
  const toks = sentence.tokens;
  const ok = (t: Token, k: number) => t.tags.has('Organization') && isCap(t) && !headAt(toks, k, lex) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Person') && !t.tags.has('Demonym');
  return nameRuns(toks, ok).map(([i, j]) => ({ docId, ...span(sentence, i, j, text), category: 'Organization', form: 'name', rule: 'tagger.organization', priority: 1 }));
}
