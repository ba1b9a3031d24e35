/** Test helpers: run the per-document pipeline on a sentence and look entities up by name. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/index.js';
import type { Entity, Extraction, Relation } from '../src/model.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The workplace's shared folder (seed gold, scorer, news data), beside the project. */
export const SHARED = process.env.KG_SHARED ?? path.resolve(ROOT, '..', 'shared');

export function requireShared(rel: string): string {
  const p = path.join(SHARED, rel);
  if (!existsSync(p)) throw new Error(`missing ${p}: these tests read ../shared (set KG_SHARED to its path)`);
  return p;
}

export function extract(text: string, date?: string, id = 'test'): Extraction {
  return extractDocument({ id, text, date, origin: { file: 'test' } });
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '').trim();

/** The entity named `name` (label or alias); `@meeting` is the event whose label holds "meeting". */
export function findEntity(x: Extraction, name: string): Entity | undefined {
  if (name.startsWith('@')) return x.entities.find((e) => (e.category === 'Event' || e.category === 'Proposal') && e.label.toLowerCase().includes(name.slice(1)));
  return x.entities.find((e) => [e.label, ...e.aliases].some((a) => norm(a) === norm(name)));
}

export function hasRelation(x: Extraction, source: string, predicate: string, target: string): boolean {
  const s = findEntity(x, source);
  const t = findEntity(x, target);
  return !!s && !!t && x.relations.some((r: Relation) => r.source === s.key && r.predicate === predicate && r.target === t.key);
}

/** Short listing for failure messages. */
export const describeExtraction = (x: Extraction) =>
  `entities: ${x.entities.map((e) => `${e.label}/${e.category}`).join(', ')}\nrelations: ${x.relations.map((r) => `${r.source} ${r.predicate} ${r.target}`).join(', ')}`;
