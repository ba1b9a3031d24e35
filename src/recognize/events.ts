/** recognize/events: events and proposals named by a noun (`event.noun`, `proposal.noun`) and group anaphors (`group.anaphor`: "the four countries"). */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, Category, Sentence } from '../model.js';
import { span } from '../parse/tokens.js';

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
