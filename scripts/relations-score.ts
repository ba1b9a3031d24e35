/**
 * relations-score: a relation set (`eval/*.json`: real sentences with the relations written by hand, see
 * eval/LABELLING.md) against what kg extracts from each sentence: counts per predicate and every miss with its cause.
 */
import { readFileSync } from 'node:fs';
import { extractDocument } from '../src/extract/index.js';
import { lexicon, slug } from '../src/lexicon/index.js';
import type { Entity, Extraction, Relation } from '../src/model.js';

/** Predicates that state a mutual fact, read in either direction; kg writes one edge for "X and Y met". */
const SYMMETRIC = new Set(['MET_WITH', 'COOPERATES_WITH', 'AGREED_WITH', 'SIGNED']);

export interface Case {
  source: string;
  date?: string;
  text: string;
  /** [source, predicate, target] or, for what is not stated as fact, [source, predicate, target, factuality]. */
  relations: Array<[string, string, string, string?]>;
}

/**
 * Does the entity go by this name? The gazetteer gives the name this entity's key ("Turkey" is country:TUR,
 * labelled Türkiye), or it has the same slug as the label or an alias, or one holds the other as whole words
 * ("Gaza" / "Gaza Strip").
 */
function namedEntity(e: Entity, name: string): boolean {
  const known = lexicon().gazetteer.get(name.split(/\s+/)[0].toLowerCase())?.find((g) => g.tokens.join(' ').toLowerCase() === name.toLowerCase());
  if (known && known.key === e.key) return true;
  const want = slug(name.replace(/^the\s+/i, ''));
  return [e.label, ...e.aliases].some((a) => {
    const have = slug(a.replace(/^the\s+/i, ''));
    return have === want || `-${have}-`.includes(`-${want}-`) || `-${want}-`.includes(`-${have}-`);
  });
}

/** Does the relation state `sources -p-> targets` with this factuality (either way round for a mutual predicate)? */
function states(r: Relation, sources: Entity[], p: string, targets: Entity[], f?: string): boolean {
  if (r.predicate !== p || (r.factuality ?? 'asserted') !== (f ?? 'asserted')) return false;
  const forward = sources.some((e) => e.key === r.source) && targets.some((e) => e.key === r.target);
  return forward || (SYMMETRIC.has(p) && sources.some((e) => e.key === r.target) && targets.some((e) => e.key === r.source));
}

export type Count = { tp: number; fp: number; fn: number };
export const prf = ({ tp, fp, fn }: Count) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};


/**
 * Scores the relations kg reads from each case against the hand-made ones. A relation not stated as fact matches
 * only a gold relation with the same factuality (its fourth element); in a set that labels no factuality, what kg
 * reads as not stated as fact is not scored.
 */
export function scoreRelations(cases: Case[], file: string, unlabelled: readonly string[] = ['SAID']) {
  const labelsFactuality = cases.some((c) => c.relations.some((r) => r.length > 3));
  const skip = new Set(unlabelled);
  // a set labelled before kg had groups names the country for a country's collective ("Turkish police": Turkey)
  const groupsAsCountries = skip.has('PART_OF');
  const counts = new Map<string, Count>();
  const count = (p: string) => counts.get(p) ?? (counts.set(p, { tp: 0, fp: 0, fn: 0 }), counts.get(p)!);
  const misses: Array<{ cause: string; line: string }> = [];
  cases.forEach((c, n) => {
    // a mutual fact written both ways in the gold is one fact
    c = { ...c, relations: c.relations.filter(([s, p, t], i) => !(SYMMETRIC.has(p) && c.relations.slice(0, i).some(([s2, p2, t2]) => p2 === p && s2 === t && t2 === s))) };
    const all: Extraction = extractDocument({ id: `case${n}`, text: c.text, date: c.date, origin: { file, line: n + 1 } });
    const x: Extraction = { ...all, relations: all.relations.filter((r) => !skip.has(r.predicate) && (labelsFactuality || !r.factuality)) };
    const named = (e: Entity, name: string) => namedEntity(e, name) || (groupsAsCountries && e.category === 'Group' && !!e.country && all.entities.some((c) => c.key === `country:${e.country}` && namedEntity(c, name)));
    const byKey = new Map(x.entities.map((e) => [e.key, e]));
    const used = new Set<number>();
    for (const [s, p, t, f] of c.relations) {
      const sources = x.entities.filter((e) => named(e, s));
      const targets = x.entities.filter((e) => named(e, t));
      const hit = x.relations.findIndex((r, i) => !used.has(i) && states(r, sources, p, targets, f));
      if (hit >= 0) {
        used.add(hit);
        count(p).tp++;
        continue;
      }
      count(p).fn++;
      const other = x.relations.find((r) => sources.some((e) => e.key === r.source) && targets.some((e) => e.key === r.target));
      const cause = !sources.length && !targets.length ? 'neither entity found' : !sources.length ? 'source entity not found' : !targets.length ? 'target entity not found' : other ? `read as ${other.predicate}` : 'both found, no relation read';
      misses.push({ cause: `FN ${cause}`, line: `FN ${s} -${p}-> ${t}   | ${c.text}` });
    }
    x.relations.forEach((r, i) => {
      if (used.has(i)) return;
      // a symmetric predicate read both ways counts once
      if (SYMMETRIC.has(r.predicate) && x.relations.some((o, j) => used.has(j) && o.predicate === r.predicate && o.source === r.target && o.target === r.source)) return;
      count(r.predicate).fp++;
      const s = byKey.get(r.source)?.label ?? r.source;
      const t = byKey.get(r.target)?.label ?? r.target;
      const goldPair = c.relations.find(([gs, , gt]) => named(byKey.get(r.source)!, gs) && named(byKey.get(r.target)!, gt));
      const cause = goldPair ? `gold says ${goldPair[1]}` : 'not in gold';
      misses.push({ cause: `FP ${cause}`, line: `FP ${s} -${r.predicate}${r.factuality ? `(${r.factuality})` : ""}-> ${t} (${r.evidence[0]?.rule})   | ${c.text}` });
    });
  });
  return { counts, misses };
}

/** The cases of a relation set file, and the predicates it does not label (not scored). */
export function readRelationSet(file: string): Case[] & { unlabelled?: string[] } {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[]; unlabelled?: string[] };
  return Object.assign(data.cases, { unlabelled: data.unlabelled });
}

/** All predicates together, and events only (without LOCATED_IN and REPRESENTS). */
export function totals(counts: Map<string, Count>): { all: Count; events: Count } {
  const sum = (xs: Count[]) => xs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { all: sum([...counts.values()]), events: sum([...counts].filter(([p]) => !['LOCATED_IN', 'REPRESENTS'].includes(p)).map(([, c]) => c)) };
}

/**
 * One case of a clause set, checked whole: which of its relations kg reads (with their factuality) and which of
 * its `absent` relations kg reads as plain fact. A case passes when it finds all of the first and none of the second.
 */
export function checkCase(c: Case & { absent?: Array<[string, string, string]> }, file = 'case', n = 0) {
  const x = extractDocument({ id: `case${n}`, text: c.text, date: c.date, origin: { file, line: n + 1 } });
  const reads = (s: string, p: string, t: string, f?: string) => {
    const sources = x.entities.filter((e) => namedEntity(e, s));
    const targets = x.entities.filter((e) => namedEntity(e, t));
    return x.relations.some((r) => states(r, sources, p, targets, f));
  };
  const missed = c.relations.filter(([s, p, t, f]) => p !== 'SAID' && !reads(s, p, t, f));
  const readAsFact = (c.absent ?? []).filter(([s, p, t]) => reads(s, p, t));
  return { extraction: x, missed, readAsFact, pass: !missed.length && !readAsFact.length };
}
