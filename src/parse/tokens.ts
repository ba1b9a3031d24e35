/** parse/tokens: small predicates and spans over kg Tokens, shared by the mention and relation rules. */
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

/** Written in capitals only (with at least one letter): an acronym, or shouting. */
export const isAllCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** Tokens j-1 and j do not belong to one name: punctuation after the first, or an opening bracket or quote before the second. */
export const apart = (toks: Token[], j: number) => breaksAfter(toks[j - 1]) || /[(["“]/.test(toks[j]?.pre ?? '');
/** Punctuation after the token ends a name (but for initials and abbreviated titles: "J.", "Dr."). */
export const breaksAfter = (t: Token) => /[,;:()"“”!?]|\.\s*$/.test(t.post) && !/^\p{Lu}\.?$/u.test(t.text) && !/^(Mr|Mrs|Ms|Dr|St|Jr|Gen|Lt|Col|Sen|Rep|Gov|Prof)$/i.test(t.text);

/** Maximal runs `[from, to)` of tokens that pass `ok`, one name each: a run stops at punctuation or after a possessive. */
export function nameRuns(toks: Token[], ok: (t: Token, k: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < toks.length; i++) {
    if (!ok(toks[i], i)) continue;
    let j = i + 1;
    while (j < toks.length && ok(toks[j], j) && !apart(toks, j) && !toks[j - 1].possessive) j++;
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}
