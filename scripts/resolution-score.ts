/**
 * The entity-resolution scorer: how well kg's person nodes cluster the person mentions of a hand-labelled set
 * (eval/resolution-set.json: 47 Wikinews articles, every person mention by name labelled with one global entity
 * id before kg ran on them; the articles are test/fixtures/wikinews/resolution-docs.jsonl).
 *
 * Each gold mention takes the entity of the kg Person mention over its span (exact span first, else the longest
 * overlapping one); a gold mention kg does not read as a person is a cluster of its own. B³ (Bagga & Baldwin
 * 1998) over the gold mentions, across the whole corpus: precision is hurt by merging different people (Joe and
 * Hunter Biden), recall by splitting one (or by not reading a mention at all). The wrongly merged pairs of
 * entities are listed, so a test can require none among the named collisions.
 */
import { readFileSync } from 'node:fs';
import type { Extraction, SourceDocument } from '../src/model.js';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  entity: string;
}
export interface GoldDocument {
  id: string;
  title: string;
  why: string;
  persons: GoldMention[];
}
export interface ResolutionSet {
  documents: GoldDocument[];
  organizations: Array<{ entity: string; names: string[]; documents: string[] }>;
  events: Array<{ event: string; date: string; documents: string[] }>;
}

export const readResolutionSet = (file: string): ResolutionSet => JSON.parse(readFileSync(file, 'utf8'));

export const readResolutionDocuments = (file: string): SourceDocument[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => ({ ...JSON.parse(l), origin: { file, line: i + 1 } }));

/** The set's offsets count Unicode code points (Python); JavaScript strings count UTF-16 units. */
function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) i++;
  }
  out.push(text.length);
  return out;
}

export interface ResolutionScore {
  mentions: number;
  /** Gold mentions kg reads as a person (any entity). */
  read: number;
  p: number;
  r: number;
  f: number;
  /** Pairs of different gold entities that share a kg node, with the node and how many mentions it joined. */
  merged: Array<{ node: string; a: string; b: string }>;
  /** Gold entities spread over several kg nodes. */
  split: Array<{ entity: string; nodes: string[] }>;
}

/** Scores kg's person mentions (after whatever corpus-level resolution `entityOf` applies) against the set. */
export function scoreResolution(set: ResolutionSet, docs: readonly SourceDocument[], extractions: readonly Extraction[], entityOf: (key: string) => string = (k) => k): ResolutionScore {
  const byId = new Map(extractions.map((x) => [x.doc.id, x]));
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const rows: Array<{ gold: string; node: string }> = [];
  let read = 0;
  for (const gd of set.documents) {
    const x = byId.get(gd.id);
    const text = texts.get(gd.id);
    if (!x || text === undefined) throw new Error(`resolution set: document ${gd.id} was not extracted`);
    const at = codePointOffsets(text);
    const persons = x.mentions.filter((m) => m.category === 'Person' && m.form !== 'title');
    for (const g of gd.persons) {
      if (g.entity === '?') continue;
      const start = at[g.start];
      const end = at[g.end];
      const hits = persons.filter((m) => m.start < end && m.end > start);
      const hit = hits.find((m) => m.start === start && m.end === end) ?? hits.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      if (hit) read++;
      rows.push({ gold: g.entity, node: hit ? entityOf(hit.entity) : `unread:${gd.id}:${g.start}` });
    }
  }
  const goldSize = new Map<string, number>();
  const nodeSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const r of rows) {
    goldSize.set(r.gold, (goldSize.get(r.gold) ?? 0) + 1);
    nodeSize.set(r.node, (nodeSize.get(r.node) ?? 0) + 1);
    both.set(`${r.gold}\u0000${r.node}`, (both.get(`${r.gold}\u0000${r.node}`) ?? 0) + 1);
  }
  let p = 0;
  let rec = 0;
  for (const r of rows) {
    const n = both.get(`${r.gold}\u0000${r.node}`)!;
    p += n / nodeSize.get(r.node)!;
    rec += n / goldSize.get(r.gold)!;
  }
  p /= rows.length;
  rec /= rows.length;
  const goldsOfNode = new Map<string, Set<string>>();
  const nodesOfGold = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!goldsOfNode.has(r.node)) goldsOfNode.set(r.node, new Set());
    goldsOfNode.get(r.node)!.add(r.gold);
    if (!nodesOfGold.has(r.gold)) nodesOfGold.set(r.gold, new Set());
    nodesOfGold.get(r.gold)!.add(r.node);
  }
  const merged: ResolutionScore['merged'] = [];
  for (const [node, golds] of [...goldsOfNode].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const g = [...golds].sort();
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) merged.push({ node, a: g[i], b: g[j] });
  }
  const split = [...nodesOfGold]
    .filter(([, n]) => n.size > 1)
    .map(([entity, n]) => ({ entity, nodes: [...n].sort() }))
    .sort((a, b) => (a.entity < b.entity ? -1 : 1));
  return { mentions: rows.length, read, p, r: rec, f: (2 * p * rec) / (p + rec || 1), merged, split };
}
