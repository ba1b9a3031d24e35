/**
 * explore/data: what the page needs, computed at build time so the page computes nothing it could be given:
 * the graph (positions, sizes, colours from the layout), a search index over labels and aliases, the dates of
 * each node and edge, and the lists behind the filters.
 */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../graph/build.js';
import { CATEGORY_COLORS } from '../layout/layout.js';

export interface PageData {
  graph: SerializedGraph<NodeAttributes & { dates?: [string, string] }, EdgeAttributes & { dates?: [string, string] }, GraphAttributes>;
  /** `[lower-cased name, node key, shown name]`, sorted by name. */
  search: Array<[string, string, string]>;
  categories: Array<{ name: string; color: string; count: number }>;
  predicates: Array<{ name: string; count: number }>;
  eventTypes: Array<{ name: string; count: number }>;
  /** Earliest and latest document date, when documents carry dates. */
  dateRange?: [string, string];
}

const counted = (xs: Iterable<string>) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, count]) => ({ name, count }));
};

const span = (dates: string[]): [string, string] | undefined => (dates.length ? [dates.reduce((a, b) => (a < b ? a : b)), dates.reduce((a, b) => (a > b ? a : b))] : undefined);

/** Builds the page's data from a laid-out graph. Pure. */
export function pageData(graph: KnowledgeGraph): PageData {
  const docDates = new Map<string, string>();
  for (const d of graph.getAttribute('documents') ?? []) if (d.date) docDates.set(d.id, d.date);
  const datesOf = (docs: readonly string[]) => span(docs.map((d) => docDates.get(d)).filter((x): x is string => !!x));
  const serial = graph.export();
  const nodes = serial.nodes.map((n) => ({ ...n, attributes: { ...n.attributes!, ...(datesOf(n.attributes!.documents) ? { dates: datesOf(n.attributes!.documents) } : {}) } }));
  const edges = serial.edges.map((e) => ({ ...e, attributes: { ...e.attributes!, ...(datesOf(e.attributes!.documents) ? { dates: datesOf(e.attributes!.documents) } : {}) } }));
  const search: Array<[string, string, string]> = [];
  for (const n of nodes) for (const name of [n.attributes.label, ...n.attributes.aliases]) search.push([name.toLowerCase(), n.key, name]);
  search.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  const cats = counted(nodes.map((n) => n.attributes.category));
  return {
    graph: { ...serial, nodes, edges },
    search,
    categories: cats.map((c) => ({ ...c, color: CATEGORY_COLORS[c.name as keyof typeof CATEGORY_COLORS] ?? '#999999' })),
    predicates: counted(edges.map((e) => e.attributes.predicate)),
    eventTypes: counted(edges.map((e) => e.attributes.eventType).filter((x): x is string => !!x)),
    dateRange: span([...docDates.values()]),
  };
}
