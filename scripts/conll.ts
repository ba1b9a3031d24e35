/**
 * conll: entity-level NER scoring on a CoNLL-2003 file (PER / LOC / ORG; MISC is left out), for `npm run eval`.
 *
 * Each CoNLL document is detokenised into plain text (spaces between tokens, none before punctuation and clitics,
 * a newline between sentences) and given to the extractor; its mentions are mapped Person → PER; Country, City,
 * Location → LOC; Organization → ORG. Mentions of form `demonym`, `pronoun` or `title`, other categories, and
 * mentions that overlap a gold MISC entity are not scored. A mention counts when its span and type are exact.
 * The data is never copied into the project: it is read from the path given (`--conll` or `KG_CONLL`).
 */
import { readFileSync } from 'node:fs';
import type { Mention } from '../src/model.js';

export interface ConllDocument {
  id: string;
  text: string;
  gold: Array<{ type: string; start: number; end: number }>;
}

const NO_SPACE_BEFORE = /^(,|\.|;|:|!|\?|\)|\]|\}|%|'s|'S|n't|'|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^(\(|\[|\{|\$|``)$/;

/** Documents of a CoNLL file (IOB1 or IOB2 tags in the last column), detokenised, with their gold spans. */
export function readConll(content: string): ConllDocument[] {
  const docs: Array<{ id: string; sentences: Array<Array<[string, string]>> }> = [];
  let sentence: Array<[string, string]> = [];
  const flush = () => {
    if (sentence.length) {
      if (!docs.length) docs.push({ id: 'doc1', sentences: [] });
      docs[docs.length - 1].sentences.push(sentence);
    }
    sentence = [];
  };
  for (const line of content.split('\n')) {
    const t = line.trim();
    if (t.startsWith('-DOCSTART-')) {
      flush();
      docs.push({ id: `doc${docs.length + 1}`, sentences: [] });
    } else if (!t) flush();
    else {
      const cols = t.split(/\s+/);
      sentence.push([cols[0], cols[cols.length - 1]]);
    }
  }
  flush();
  return docs
    .filter((d) => d.sentences.length)
    .map((d) => {
      let text = '';
      const gold: ConllDocument['gold'] = [];
      for (const s of d.sentences) {
        if (text) text += '\n';
        let prev: string | null = null;
        let open: { type: string; start: number; end: number } | null = null;
        for (const [token, tag] of s) {
          if (prev !== null && !NO_SPACE_BEFORE.test(token) && !NO_SPACE_AFTER.test(prev)) text += ' ';
          const start = text.length;
          text += token;
          const [bio, type] = tag === 'O' ? ['O', ''] : tag.split('-');
          if (bio === 'O') {
            if (open) gold.push(open);
            open = null;
          } else if (bio === 'B' || !open || open.type !== type) {
            if (open) gold.push(open);
            open = { type, start, end: text.length };
          } else open.end = text.length;
          prev = token;
        }
        if (open) gold.push(open);
      }
      return { id: d.id, text, gold };
    });
}

const TYPES = ['PER', 'LOC', 'ORG'] as const;
const MAP: Record<string, (typeof TYPES)[number]> = { Person: 'PER', Country: 'LOC', City: 'LOC', Location: 'LOC', Organization: 'ORG' };
const SKIP_FORMS = new Set(['demonym', 'pronoun', 'title']);
type Count = { tp: number; fp: number; fn: number };

export interface ConllScore {
  perType: Record<(typeof TYPES)[number], Count & { p: number; r: number; f: number }>;
  micro: { p: number; r: number; f: number };
  errors: string[];
}

const prf = ({ tp, fp, fn }: Count) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Scores the mentions an extractor gives for each document. */
export function scoreConll(docs: ConllDocument[], mentionsOf: (doc: ConllDocument) => Array<Pick<Mention, 'start' | 'end' | 'category' | 'form'>>): ConllScore {
  const count = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof TYPES)[number], Count>;
  const errors: string[] = [];
  for (const d of docs) {
    const misc = d.gold.filter((g) => g.type === 'MISC');
    const gold = d.gold.filter((g) => g.type !== 'MISC');
    const predicted = new Map<string, { type: (typeof TYPES)[number]; start: number; end: number }>();
    for (const m of mentionsOf(d)) {
      const type = MAP[m.category];
      if (!type || SKIP_FORMS.has(m.form) || misc.some((g) => m.start < g.end && g.start < m.end)) continue;
      predicted.set(`${m.start}:${m.end}:${type}`, { type, start: m.start, end: m.end });
    }
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const [k, p] of predicted) {
      if (goldKeys.has(k)) count[p.type].tp++;
      else {
        count[p.type].fp++;
        errors.push(`FP ${p.type} "${d.text.slice(p.start, p.end)}"`);
      }
    }
    for (const g of gold) {
      if (predicted.has(`${g.start}:${g.end}:${g.type}`)) continue;
      count[g.type as (typeof TYPES)[number]].fn++;
      errors.push(`FN ${g.type} "${d.text.slice(g.start, g.end)}"`);
    }
  }
  const perType = Object.fromEntries(TYPES.map((t) => [t, { ...count[t], ...prf(count[t]) }])) as ConllScore['perType'];
  const all = TYPES.reduce((a, t) => ({ tp: a.tp + count[t].tp, fp: a.fp + count[t].fp, fn: a.fn + count[t].fn }), { tp: 0, fp: 0, fn: 0 });
  return { perType, micro: prf(all), errors };
}

export const readConllFile = (file: string) => readConll(readFileSync(file, 'utf8'));
