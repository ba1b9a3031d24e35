/**
 * recognize: finds the entity mentions of a parsed document — one loop over the rules of recognize/rules.ts, in
 * order. Candidates from every rule meet in one overlap policy (`selectMentions`), so each kept span names its rule;
 * title words are kept beside the names they qualify.
 */
import { lexicon, type Lexicon } from '../lexicon/index.js';
import type { Candidate, ParsedDocument } from '../model.js';
import { DOCUMENT_PHASES, SENTENCE_RULES, type SentenceScope } from './rules.js';

/** All mention rules over one parsed document, overlaps resolved. Pure. */
export function findMentions(parsed: ParsedDocument, lex: Lexicon = lexicon()): Candidate[] {
  const all: Candidate[] = [];
  const titles: Candidate[] = [];
  for (const sentence of parsed.sentences) {
    const found: Candidate[] = [];
    const scope: SentenceScope = { sentence, text: parsed.doc.text, docId: parsed.doc.id, lex, found };
    for (const rule of SENTENCE_RULES) {
      for (const c of rule.run(scope)) {
        if (c.form === 'title') titles.push(c);
        else found.push(c);
      }
    }
    all.push(...found);
  }
  let mentions = all;
  for (const phase of DOCUMENT_PHASES) mentions = phase.run({ parsed, lex, mentions, titles });
  return [...mentions, ...titles].sort((a, b) => a.start - b.start || a.end - b.end);
}
