/** extract/tokens: small predicates and spans over kg Tokens, shared by the mention and relation rules. */
import type { Sentence, Token } from '../model.js';

/** Starts with a capital letter. */
export const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/** One capital letter followed by a stop: an initial ("J." of "J. Benjamin"). */
export const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.text) && /^\.\s*$/.test(t.post);

/** The character span, text and token range of tokens `[from, to)` of a sentence, as mentions carry them. */
export function span(sentence: Sentence, from: number, to: number, text: string) {
  const start = sentence.tokens[from].start;
  const end = sentence.tokens[to - 1].end;
  return { start, end, text: text.slice(start, end), sentence: sentence.index, tokens: [from, to] as [number, number] };
}
