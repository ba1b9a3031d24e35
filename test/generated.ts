/** A generated knowledge graph of any size (seeded, so the same every run), for the page benchmark and the large-graph page test. */
import seedrandom from 'seedrandom';
import { buildGraph } from '../src/graph/build.js';
import { CATEGORIES, type Extraction } from '../src/model.js';

export function generatedGraph(nodes: number, edges: number) {
  const rng = seedrandom('bench');
  const preds = ['MET_WITH', 'URGED', 'SUPPORTS', 'CRITICIZED', 'REPRESENTS', 'ATTENDED'];
  const entities = Array.from({ length: nodes }, (_, i) => ({ key: `n${i}`, label: `Entity ${i}`, category: CATEGORIES[Math.floor(rng() * CATEGORIES.length)], aliases: [], mentions: 1, documents: ['d'], spans: [], rules: ['bench'] }));
  const relations = Array.from({ length: edges }, (_, i) => {
    const a = Math.floor(rng() * nodes);
    let b = Math.floor(Math.pow(rng(), 2) * nodes);
    if (b === a) b = (a + 1) % nodes;
    return { source: `n${a}`, predicate: preds[i % preds.length], target: `n${b}`, evidence: [{ document: 'd', sentence: i, start: 0, end: 10, text: `Sentence ${i}.`, rule: 'bench' }] };
  });
  const x: Extraction = { doc: { id: 'd', date: '2025-01-01', origin: { file: 'bench' } }, mentions: [], entities, relations, diagnostics: [] };
  return buildGraph([x]).graph;
}
