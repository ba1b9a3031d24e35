/**
 * parse/nlp: the one adapter to compromise. It configures compromise once and turns its terms into
 * kg Tokens with offsets into the document text. No other module imports compromise.
 */
import nlp from 'compromise';
import type { Sentence, Token } from '../model.js';

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: string[];
  root?: string;
  offset: { start: number; length: number };
}
interface CompromiseSentence {
  terms: CompromiseTerm[];
}

/**
 * "Iran–backed militias": compromise reads a word joined by an en dash or a non-breaking hyphen as two words, and
 * the second as a verb; it reads them as one hyphened word. One character for one, so every offset stays.
 */
const joinDashes = (s: string) => s.replace(/(?<=\p{L})[\u2010\u2011\u2013](?=\p{Ll})/gu, '-');

/** Words compromise mis-tags in news, corrected once at load time. */
nlp.addWords({
  councilor: 'Actor',
  councillor: 'Actor',
});

const POSSESSIVE = /['’]s$/i;
/** Letters with stops between them: "U.S", "U.N", "e.g". */
const ABBREVIATION = /^(\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
/** The tag compromise's own lexicon gives a word or a phrase (lower case), if it lists it. */
export const lexicalTag = (word: string): string | undefined => {
  const tag = Object.prototype.hasOwnProperty.call(LEXICON, word) ? LEXICON[word] : undefined;
  return Array.isArray(tag) ? tag[0] : tag;
};

/** A paragraph is a block of text separated by blank lines; short title-like lines stand alone. */
function paragraphs(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // blank lines, and speaker tags of interview transcripts ("((Valeria Gazzola)) Yeah."), end a block
  const re = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)|\)\)[ \t]+/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const cut = m[0].startsWith('))') ? m.index + 2 : m.index;
    out.push([start, cut]);
    start = m.index + m[0].length;
  }
  out.push([start, to]);
  return out.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}

function toToken(term: CompromiseTerm, base: number): Token | undefined {
  if (!term.text) return undefined; // compromise's implicit words ("'s" read as "is") have no text
  const possessive = POSSESSIVE.test(term.text);
  let text = possessive ? term.text.slice(0, -2) : term.text;
  let post = possessive ? term.text.slice(-2) + term.post : term.post;
  // compromise leaves the last stop of an abbreviation in the punctuation ("U.S" + ".)"): it belongs to the word
  if (!possessive && ABBREVIATION.test(text) && post.startsWith('.')) {
    text += '.';
    post = post.slice(1);
  }
  const start = base + term.offset.start;
  const norm = text.toLowerCase();
  return {
    text,
    norm,
    root: term.root && !possessive ? term.root : norm,
    start,
    end: start + text.length,
    pre: term.pre,
    post,
    tags: new Set(term.tags),
    possessive,
    lexical: lexicalTag(norm),
  };
}

/** Ends of sentences a parser would also see: a stop, maybe closing quotes or brackets, then space. */
const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g;

/**
 * Cuts `text[from, to)` into pieces of at most `max` characters for the parser, whose cost grows faster than
 * linearly with sentence length: at sentence ends where there are some, else (a run-on "sentence" such as a pasted
 * table) at the last space before the limit. Hard cuts — not at a sentence end — are returned too.
 */
export function pieces(text: string, from: number, to: number, max: number): { spans: Array<[number, number]>; cuts: number[] } {
  if (to - from <= max) return { spans: [[from, to]], cuts: [] };
  const ends: number[] = [];
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) ends.push(Math.min(m.index + m[0].length, to));
  const spans: Array<[number, number]> = [];
  const cuts: number[] = [];
  let start = from;
  let e = 0;
  while (to - start > max) {
    while (e < ends.length && ends[e] <= start) e++;
    let cut = -1;
    while (e < ends.length && ends[e] - start <= max) cut = ends[e++];
    if (cut < 0) {
      const space = text.lastIndexOf(' ', start + max - 1);
      cut = space > start + max / 2 ? space + 1 : start + max;
      if (cut - 1 > start && /[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--; // never between the halves of a surrogate pair
      cuts.push(cut);
    }
    spans.push([start, cut]);
    start = cut;
  }
  spans.push([start, to]);
  return { spans, cuts };
}

/** Whole paragraphs are parsed together up to this many characters: one parser call per paragraph costs a quarter more. */
const BATCH_CHARS = 20_000;

/** Verbs of saying after a quotation: '"We will win." Trump said' keeps the quotation with its speaker. */
const SAYING = new Set(['say', 'said', 'says', 'tell', 'told', 'add', 'added', 'tweet', 'tweeted', 'write', 'wrote', 'ask', 'asked', 'reply', 'replied', 'state', 'stated', 'explain', 'explained', 'note', 'noted', 'insist', 'insisted', 'continue', 'continued']);

/**
 * compromise runs on over a stop inside closing quotes ('called it "a silly argument." Professor Levinson asked …'):
 * a sentence ends there when a capitalised word follows that is not the quotation's speaker.
 */
function atQuotedStops(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let from = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^[.!?]["”’]+\s+$/.test(tokens[i].post) || !/^\p{Lu}/u.test(tokens[i + 1].text)) continue;
    // ('"We will win." Trump said on Monday': the verb of saying near the end, with no clause of its own after it)
    const verb = tokens.findIndex((t, k) => k > i && k <= i + 4 && (SAYING.has(t.norm) || SAYING.has(t.root)));
    if (verb > 0 && tokens.length - 1 - verb <= 3) continue;
    out.push(tokens.slice(from, i + 1));
    from = i + 1;
  }
  out.push(tokens.slice(from));
  return out;
}

/**
 * Splits `text[from, to)` into sentences of tokens. Offsets point into `text`.
 * A sentence never spans a blank line (the tokens of a parser's sentence are split where a paragraph ends); no
 * sentence is longer than `maxSentenceChars` (longer runs are cut, and the cuts returned). Runs of paragraphs go
 * to the parser in one call; a paragraph that has to be cut goes alone, piece by piece.
 */
export function parseSentences(text: string, from = 0, to = text.length, maxSentenceChars = Infinity): { sentences: Sentence[]; cuts: number[] } {
  const sentences: Sentence[] = [];
  const cuts: number[] = [];
  // [start, end, paragraph] spans, in calls of the parser
  const calls: Array<Array<[number, number, number]>> = [];
  let batch: Array<[number, number, number]> = [];
  const flush = () => {
    if (batch.length) calls.push(batch);
    batch = [];
  };
  paragraphs(text, from, to).forEach(([pStart, pEnd], paragraph) => {
    const split = pieces(text, pStart, pEnd, maxSentenceChars);
    cuts.push(...split.cuts);
    if (split.spans.length > 1) {
      flush();
      for (const [s, e] of split.spans) calls.push([[s, e, paragraph]]);
      return;
    }
    if (batch.length && pEnd - batch[0][0] > BATCH_CHARS) flush();
    batch.push([pStart, pEnd, paragraph]);
  });
  flush();
  for (const spans of calls) {
    const start = spans[0][0];
    const doc = nlp(joinDashes(text.slice(start, spans[spans.length - 1][1])));
    doc.compute('root');
    const json = doc.json({ offset: true, terms: { offset: true } }) as CompromiseSentence[];
    // the parser's sentences, split at the ends of paragraphs
    const groups: Array<{ paragraph: number; tokens: Token[] }> = [];
    for (const s of json) {
      let current: { paragraph: number; tokens: Token[] } | undefined;
      for (const t of s.terms) {
        const token = toToken(t, start);
        if (!token) continue;
        const span = spans.find(([a, b]) => token.start >= a && token.start < b) ?? spans[spans.length - 1];
        if (token.end > span[1]) token.post = '';
        else token.post = token.post.slice(0, span[1] - token.end);
        if (!current || current.paragraph !== span[2]) groups.push((current = { paragraph: span[2], tokens: [] }));
        current.tokens.push(token);
      }
    }
    let carried: Token[] = [];
    let carriedParagraph = -1;
    const push = (paragraph: number, tokens: Token[]) => sentences.push({ index: sentences.length, start: tokens[0].start, end: tokens[tokens.length - 1].end, paragraph, tokens });
    groups.forEach((g, i) => {
      if (carried.length && carriedParagraph !== g.paragraph) push(carriedParagraph, carried);
      const tokens = carried.length && carriedParagraph === g.paragraph ? [...carried, ...g.tokens] : g.tokens;
      carried = [];
      const last = tokens[tokens.length - 1];
      // compromise ends a sentence at an initial ("(A. Dale 69"): the name goes on in the next one
      if (INITIAL.test(last.text) && last.post.startsWith('.') && i < groups.length - 1 && groups[i + 1].paragraph === g.paragraph) {
        carried = tokens;
        carriedParagraph = g.paragraph;
        return;
      }
      for (const part of atQuotedStops(tokens)) push(g.paragraph, part);
    });
    if (carried.length) push(carriedParagraph, carried);
  }
  return { sentences, cuts };
}
