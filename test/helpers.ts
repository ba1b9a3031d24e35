/** Test helpers: run the per-document pipeline on a sentence and look entities up by name. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/index.js';
import type { Entity, Extraction, Relation } from '../src/model.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Test data kept in the repository (see test/fixtures/PROVENANCE.md). */
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** The GEXF 1.3 RelaxNG schema, the seed's reference graph, and 50 Wikinews articles. */
export const GEXF_SCHEMA = path.join(FIXTURES, 'gexf-1.3', 'gexf.rng');
export const SEED_GOLD = path.join(FIXTURES, 'gold', '000_cf50b3a85d0d2923.gold.json');
export const WIKINEWS_SAMPLE = path.join(FIXTURES, 'wikinews', 'wikinews-sample.csv');

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
