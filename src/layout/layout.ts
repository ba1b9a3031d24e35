/**
 * layout: positions, sizes (by number of neighbours) and colours. ForceAtlas2 with settings inferred from the graph, from seeded
 * initial positions, so the same graph always gets the same picture. `layout` is pure; `layout.assign` writes.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import seedrandom from 'seedrandom';
import { KgError } from '../errors.js';
import type { Category } from '../model.js';
import type { KnowledgeGraph } from '../graph/build.js';

/** Colour per category (colour-blind-safe palette, Okabe–Ito). */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = Object.freeze({
  Person: '#0072B2',
  Country: '#D55E00',
  City: '#E69F00',
  Location: '#F0E442',
  Organization: '#009E73',
  Group: '#555555',
  Event: '#CC79A7',
  Proposal: '#56B4E9',
});

export interface LayoutOptions {
  /** Seed of the initial positions. */
  seed: string;
  /** ForceAtlas2 iterations; inferred from the graph's order when undefined. */
  iterations?: number;
  /** Smallest and largest node size. */
  minSize: number;
  maxSize: number;
}

export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = Object.freeze({ seed: 'kg', minSize: 4, maxSize: 24 });

export interface NodeLayout {
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Fewer iterations for larger graphs: each one costs more. */
export function inferIterations(order: number): number {
  if (order < 200) return 500;
  if (order < 1000) return 200;
  return 100;
}

const round = (v: number, digits = 3) => {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

function validate(options: LayoutOptions): string | null {
  if (options.iterations !== undefined && (!Number.isInteger(options.iterations) || options.iterations < 0)) return 'iterations must be a whole number ≥ 0';
  if (!(options.minSize > 0 && options.maxSize >= options.minSize)) return 'sizes must satisfy 0 < minSize ≤ maxSize';
  return null;
}

/** Computes positions, sizes and colours without touching the graph. */
export function layout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Map<string, NodeLayout> {
  const opts: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const problem = validate(opts);
  if (problem) throw new KgError('E_OPTION', `layout: ${problem}`, 'Fix the layout options (see `kg build --help`).');
  const out = new Map<string, NodeLayout>();
  if (graph.order === 0) return out;

  const rng = seedrandom(opts.seed);
  const copy = graph.copy();
  copy.forEachNode((node) => copy.mergeNodeAttributes(node, { x: (rng() - 0.5) * 100, y: (rng() - 0.5) * 100 }));
  // Barnes-Hut from a thousand nodes: exact repulsion is quadratic (inferSettings switches only at 2,000)
  const settings = { ...forceAtlas2.inferSettings(copy), edgeWeightInfluence: 0.5, ...(copy.order > 1000 ? { barnesHutOptimize: true } : {}) };
  const positions = forceAtlas2(copy, { iterations: opts.iterations ?? inferIterations(copy.order), settings, getEdgeWeight: 'weight' });

  // importance: distinct neighbours, in and out (a person who met, urged and represents is as visible as a country)
  const ranks: Record<string, number> = {};
  graph.forEachNode((n) => (ranks[n] = graph.neighbors(n).length));
  const values = graph.nodes().map((n) => ranks[n] ?? 0);
  const min = Math.min(...values);
  const max = Math.max(...values);
  graph.forEachNode((node, attrs) => {
    const r = max > min ? ((ranks[node] ?? 0) - min) / (max - min) : 0.5;
    out.set(node, {
      x: round(positions[node].x),
      y: round(positions[node].y),
      size: round(opts.minSize + Math.sqrt(r) * (opts.maxSize - opts.minSize), 2),
      color: CATEGORY_COLORS[attrs.category] ?? '#999999',
    });
  });
  return out;
}

/** Writes positions, sizes and colours into the graph. */
layout.assign = function assignLayout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): void {
  for (const [node, l] of layout(graph, options)) graph.mergeNodeAttributes(node, l);
};
