/** relate/merge: one relation per (source, predicate, target, factuality), its evidence accumulated. */
import type { Relation } from '../model.js';

/** One relation per (source, predicate, target) and factuality (what did not happen never joins what did): evidence accumulates. */
export function mergeRelations(relations: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of relations) {
    const k = `${r.source}|${r.predicate}|${r.target}|${r.factuality ?? 'asserted'}`;
    const prev = byKey.get(k);
    if (!prev) byKey.set(k, { ...r, evidence: [...r.evidence] });
    else for (const e of r.evidence) if (!prev.evidence.some((x) => x.document === e.document && x.start === e.start && x.end === e.end && x.rule === e.rule)) prev.evidence.push(e);
  }
  return [...byKey.values()];
}
