/**
 * export/graphml: GraphML for tools that read it (NetworkX, yEd, igraph, Cytoscape). graphology's GraphML package
 * only parses, so this writes the format with xml-writer: typed keys, lists as JSON strings, evidence as one string.
 */
import XMLWriter from 'xml-writer';
import type { KnowledgeGraph } from '../graph/build.js';
import { clean, EVIDENCE_SEPARATOR, formatEvidence } from './gexf.js';
import type { Evidence } from '../model.js';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

const typeOf = (v: unknown): KeyType => (typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'double') : 'string');
const valueOf = (name: string, v: unknown): string => {
  if (name === 'evidence') return clean((v as Evidence[]).map(formatEvidence).join(EVIDENCE_SEPARATOR)) as string;
  return clean(Array.isArray(v) ? JSON.stringify(v) : String(v)) as string;
};

/** The keys of one kind of element: name → type (a name that is sometimes a double is a double). */
function keysOf(rows: Iterable<Record<string, unknown>>): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const attrs of rows) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null) continue;
      const t = typeOf(v);
      const prev = keys.get(k);
      keys.set(k, !prev || prev === t ? t : prev === 'int' && t === 'double' ? 'double' : prev === 'double' && t === 'int' ? 'double' : 'string');
    }
  }
  return new Map([...keys].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Serialises the graph as GraphML (directed; parallel edges kept, each with its id). */
export function toGraphml(graph: KnowledgeGraph): string {
  const nodeKeys = keysOf(graph.mapNodes((_, a) => a as unknown as Record<string, unknown>));
  const edgeKeys = keysOf(graph.mapEdges((_, a) => a as unknown as Record<string, unknown>));
  const w = new XMLWriter('  ');
  w.startDocument('1.0', 'UTF-8');
  w.startElement('graphml').writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns');
  const id = (kind: 'n' | 'e', name: string) => `${kind}_${name}`;
  for (const [kind, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const [name, type] of keys) w.startElement('key').writeAttribute('id', id(kind === 'node' ? 'n' : 'e', name)).writeAttribute('for', kind).writeAttribute('attr.name', name).writeAttribute('attr.type', type).endElement();
  }
  w.startElement('graph').writeAttribute('id', 'kg').writeAttribute('edgedefault', 'directed');
  const data = (kind: 'n' | 'e', attrs: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) w.startElement('data').writeAttribute('key', id(kind, k)).text(valueOf(k, v)).endElement();
  };
  graph.forEachNode((key, attrs) => {
    w.startElement('node').writeAttribute('id', key);
    data('n', attrs as unknown as Record<string, unknown>);
    w.endElement();
  });
  graph.forEachEdge((key, attrs, source, target) => {
    w.startElement('edge').writeAttribute('id', key).writeAttribute('source', source).writeAttribute('target', target);
    data('e', attrs as unknown as Record<string, unknown>);
    w.endElement();
  });
  w.endElement().endElement().endDocument();
  return `${w.toString()}\n`;
}
