/**
 * recognize/titles: people named with a title — `title.person` ("Russian Foreign Minister Sergei Lavrov"),
 * `title.appositive` ("Sergei Lavrov, the Russian foreign minister,"), `honorific.person` ("Mr. Lavrov") — and the
 * title words themselves (`title.of-person`), with the country a title's qualifier names.
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, Sentence, Token } from '../model.js';
import { apart, breaksAfter, isCap, span } from '../parse/tokens.js';
import { nameAt } from './names.js';
import { headAt, TITLE_SUFFIXES } from './words.js';

interface TitleChain {
  start: number;
  end: number;
  titles: string[];
  represents?: { iso3: string; start: number; end: number; rule: string };
  /** Token ranges that are title words (not the demonym). */
  parts: Array<[number, number]>;
}

/** A country named as a qualifier: a demonym ("Russian"), a name with a possessive ("China's"), or a code ("U.S."). */
function qualifierAt(gaz: Candidate[], toks: Token[], i: number, lex?: Lexicon): Candidate | undefined {
  const c = gaz.find((g) => g.tokens[0] === i && g.category === 'Country');
  if (!c) return undefined;
  if (c.form === 'demonym' || toks[c.tokens[1] - 1].possessive || c.form === 'alias') return c;
  // "United States President Donald Trump", "United States president Donald Trump": a country's name right before a title
  const next = toks[c.tokens[1]];
  if (lex && next && headAt(toks, c.tokens[1], lex)) return c;
  return undefined;
}

/** Capitalised words naming a portfolio before a title head: "Emergency Situations Minister", "Road Transport and Bridges Minister". */
function portfolioBefore(toks: Token[], j: number, lex: Lexicon, gaz: Candidate[]): number {
  let k = j;
  while (k < toks.length && k - j < 5 && (isCap(toks[k]) || (toks[k].norm === 'and' && k > j)) && !headAt(toks, k, lex) && !gaz.some((g) => g.tokens[0] === k) && !breaksAfter(toks[k])) k++;
  return k > j && headAt(toks, k, lex) && isCap(toks[k]) ? k : j;
}

/** Reads a title chain starting at token `i`: [qualifier] [modifiers] head ("and" title | "to" title)*. */
function titleChainAt(toks: Token[], i: number, lex: Lexicon, gaz: Candidate[]): TitleChain | undefined {
  let j = i;
  let represents: TitleChain['represents'];
  const parts: Array<[number, number]> = [];
  const titles: string[] = [];
  let prefix = '';
  for (;;) {
    // ("in Liberia, Defence Minister Pierre Joxe said": a name before a comma qualifies no title)
    const q = qualifierAt(gaz, toks, j, lex);
    if (q && q.key && /[,;:()]/.test(toks[q.tokens[1] - 1].post)) return undefined;
    if (q && q.key) {
      represents ??= { iso3: q.key.slice('country:'.length), start: q.start, end: q.end, rule: 'represents.title-qualifier' };
      j = q.tokens[1];
    }
    const from = j;
    while (j < toks.length && lex.titles.modifiers.has(toks[j].norm) && !headAt(toks, j, lex)) j++;
    j = portfolioBefore(toks, j, lex, gaz);
    const n = headAt(toks, j, lex);
    if (!n && j > from && lex.titles.linkers.has(toks[j]?.norm ?? '') && toks[j + 1] && (qualifierAt(gaz, toks, j + 1) || headAt(toks, j + 1, lex))) {
      // "Assistant to Iranian Foreign Minister": the modifier is a title of its own, linked to the next
      parts.push([from, j]);
      prefix = `${toks.slice(from, j + 1).map((t) => t.text).join(' ')} `;
      j++;
      continue;
    }
    if (!n) return titles.length ? { start: i, end: j, titles, represents, parts } : undefined;
    // "Foreign Minister" written in lower case is still a title, but a bare lower-case "minister" needs a name right after
    j += n;
    // "President-elect", "Secretary-designate"
    if (toks[j] && toks[j - 1].post === '-' && TITLE_SUFFIXES.has(toks[j].norm)) j++;
    // "Bishop Emeritus Dinualdo Gutierrez": a title held in retirement
    else if (toks[j] && !apart(toks, j) && RETIRED.has(toks[j].norm)) j++;
    parts.push([from, j]);
    titles.push(prefix + toks.slice(from, j).map((t, k) => (k > 0 && toks[from + k - 1].post === '-' ? '-' : k > 0 ? ' ' : '') + (isCap(t) || t.norm.length <= 2 || TITLE_SUFFIXES.has(t.norm) ? t.text : t.text[0].toUpperCase() + t.text.slice(1))).join(''));
    prefix = '';
    // "President of Russia Vladimir Putin" (the country it represents), "Ambassador to Israel Mike Huckabee" (where it serves)
    if ((toks[j]?.norm === 'of' || toks[j]?.norm === 'to') && !apart(toks, j)) {
      const q = gaz.find((g) => g.tokens[0] === j + 1 && g.category === 'Country' && g.form !== 'demonym');
      const after = q && toks[q.tokens[1]];
      if (q?.key && after && isCap(after) && !headAt(toks, q.tokens[1], lex) && !gaz.some((g) => g.tokens[0] === q.tokens[1])) {
        if (toks[j].norm === 'of') represents ??= { iso3: q.key.slice('country:'.length), start: q.start, end: q.end, rule: 'represents.title-of-country' };
        return { start: i, end: q.tokens[1], titles, represents, parts };
      }
    }
    const next = toks[j];
    if (!next || apart(toks, j)) return { start: i, end: j, titles, represents, parts };
    if (next.norm === 'and' && toks[j + 1] && (headAt(toks, j + 1, lex) || lex.titles.modifiers.has(toks[j + 1].norm))) {
      j++;
      continue;
    }
    if (lex.titles.linkers.has(next.norm) && toks[j + 1] && (qualifierAt(gaz, toks, j + 1) || headAt(toks, j + 1, lex))) {
      // "Assistant to Iranian Foreign Minister": one title, "Assistant to Foreign Minister"
      prefix = `${titles.pop()} ${next.text} `;
      j++;
      continue;
    }
    return { start: i, end: j, titles, represents, parts };
  }
}

/** Words after a title for one who held it and keeps it in honour. */
const RETIRED: ReadonlySet<string> = new Set(['emeritus', 'emerita']);

/** Prefixes of a ship's name: "MV Professor Albrecht Penck" is a vessel, not a professor. */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['MV', 'MS', 'MT', 'SS', 'RV', 'FV', 'SV', 'RMS', 'HMS', 'USS', 'USNS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'IRIS', 'ROKS', 'JS']);

/** Words that make a title one its holder no longer holds for the state ("former" ministers still belong to it). */
const PAST_TITLE = new Set(['exiled', 'ousted', 'deposed']);

/** Rule `title.person`: a title chain followed by a name makes a Person with titles (and a country it represents). */
export function titledPersonMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string, gaz: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const chain = titleChainAt(toks, i, lex, gaz);
    if (!chain) continue;
    if (VESSEL_PREFIXES.has(toks[i].text) || VESSEL_PREFIXES.has(toks[i - 1]?.text ?? '')) {
      i = chain.end - 1;
      continue;
    }
    const last = toks[chain.end - 1];
    const lowerOnly = chain.parts.every(([a, b]) => toks.slice(a, b).every((t) => !isCap(t)));
    // "The Italian Foreign Minister, Antonio Tajani, meets ...": the name stands in apposition
    const appositive = /^,\s*$/.test(last.post) && toks[i - 1]?.norm === 'the';
    // ("the Supreme Court of Justice (Oberster Gerichtshof)": a name in brackets after a title is not its holder)
    const bracketed = /[(\[]/.test(toks[chain.end]?.pre ?? '');
    const n = (breaksAfter(last) && !appositive) || bracketed ? 0 : nameAt(toks, chain.end, lex, gaz);
    if (!n || (lowerOnly && n < 2)) {
      i = chain.end - 1;
      continue;
    }
    const name = span(sentence, chain.end, chain.end + n, text);
    // "King Hassan of Morocco": the country of the title after the name
    const of = !chain.represents && toks[chain.end + n]?.norm === 'of' && !breaksAfter(toks[chain.end + n - 1]) ? gaz.find((g) => g.tokens[0] === chain.end + n + 1 && g.category === 'Country' && g.form !== 'demonym') : undefined;
    // "exiled Iranian crown prince", "ousted president": a title held against the state represents no one
    const past = [toks[i - 1], ...toks.slice(i, chain.end)].some((t) => !!t && PAST_TITLE.has(t.norm));
    const represents = past ? undefined : (chain.represents ?? (of?.key ? { iso3: of.key.slice('country:'.length), start: of.start, end: of.end, rule: 'represents.title-of-country' } : undefined));
    out.push({ docId, ...name, category: 'Person', form: 'name', rule: 'title.person', titles: chain.titles, represents, priority: 4 });
    for (const [a, b] of chain.parts) {
      out.push({ docId, ...span(sentence, a, b, text), category: 'Person', form: 'title', rule: 'title.of-person', priority: 4, members: [`@${name.start}`] });
    }
    i = chain.end + n - 1;
  }
  return out.concat(trailingTitles(sentence, text, lex, docId, gaz, out));
}

/** Rule `title.appositive`: "Sergei Lavrov, the Russian foreign minister, said": the title follows the name. */
function trailingTitles(sentence: Sentence, text: string, lex: Lexicon, docId: string, gaz: Candidate[], found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const n = isCap(toks[i]) && !found.some((c) => c.tokens[0] <= i && i < c.tokens[1]) ? nameAt(toks, i, lex, gaz) : 0;
    if (n < 2 || !/^,\s*$/.test(toks[i + n - 1].post)) {
      i += Math.max(n - 1, 0);
      continue;
    }
    let j = i + n;
    if (['the', 'a', 'an'].includes(toks[j]?.norm ?? '')) j++;
    const chain = titleChainAt(toks, j, lex, gaz);
    const ends = chain && (chain.end >= toks.length || /[,.;]/.test(toks[chain.end - 1].post) || ['of', 'for'].includes(toks[chain.end]?.norm ?? ''));
    if (!chain || !ends || toks[i - 1]?.norm === 'and') {
      i += n - 1;
      continue;
    }
    let represents = chain.represents;
    const of = toks[chain.end]?.norm === 'of' ? gaz.find((g) => g.tokens[0] === chain.end + 1 && g.category === 'Country') : undefined;
    if (!represents && of?.key) represents = { iso3: of.key.slice('country:'.length), start: of.start, end: of.end, rule: 'represents.title-of-country' };
    const name = span(sentence, i, i + n, text);
    out.push({ docId, ...name, category: 'Person', form: 'name', rule: 'title.appositive', titles: chain.titles, represents: represents && { ...represents, rule: represents.rule === 'represents.title-qualifier' ? 'represents.appositive-title' : represents.rule }, priority: 4 });
    for (const [a, b] of chain.parts) out.push({ docId, ...span(sentence, a, b, text), category: 'Person', form: 'title', rule: 'title.of-person', priority: 4, members: [`@${name.start}`] });
    i = chain.end - 1;
  }
  return out;
}

/** Rule `honorific.person`: "Mr. Lavrov", "Dr. Ana Ruiz". */
export function honorificMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string, gaz: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    if (!lex.titles.honorifics.has(toks[i].norm) || !isCap(toks[i])) continue;
    const n = nameAt(toks, i + 1, lex, gaz);
    if (n) out.push({ docId, ...span(sentence, i + 1, i + 1 + n, text), category: 'Person', form: 'name', rule: 'honorific.person', priority: 3 });
  }
  return out;
}
