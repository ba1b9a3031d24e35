/** recognize/overlap: the overlap policy every candidate meets, so that each kept span names one rule. */
import type { Candidate } from '../model.js';

/**
 * Overlap policy `title-then-longest`: names read after a title win; otherwise the longest span, then the
 * higher priority, then the earlier. Title mentions never compete with names: they are kept beside them.
 */
export function selectMentions(candidates: Candidate[]): Candidate[] {
  // names read after a title are the strongest evidence; among the rest, the longest span wins
  const tier = (c: Candidate) => (c.priority >= 4 ? 1 : 0);
  const sorted = [...candidates].sort((a, b) => tier(b) - tier(a) || b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
