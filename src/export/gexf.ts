/**
 * export/gexf: GEXF 1.3 through graphology's own writer, with viz position, colour and size, typed
 * attributes (lists as list types) and evidence written as readable strings.
 */
import { write } from 'graphology-gexf';
import type { Evidence } from '../model.js';
import type { KnowledgeGraph } from '../graph/build.js';

/** `000_cf50.txt#s1[197:289] attended.at-event: "State Councilor …"` — one line per piece of evidence. */
export function formatEvidence(e: Evidence): string {
  return `${e.document}#s${e.sentence}[${e.start}:${e.end}] ${e.rule}${e.basis ? ` (${e.basis})` : ''}: ${e.text}`;
}

/** Separates pieces of evidence in the GEXF `evidence` attribute. */
export const EVIDENCE_SEPARATOR = ' | ';

/** XML 1.0 cannot carry most control characters, even escaped; they are dropped from text values (GEXF, GraphML). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const clean = (v: unknown): unknown => (typeof v === 'string' ? v.replace(XML_INVALID, '') : Array.isArray(v) ? v.map(clean) : v);

/** `#D55E00` → `rgb(213,94,0)`: written as r, g, b attributes, which every reader knows (NetworkX does not read `hex`). */
const rgb = (hex: string) => (/^#[0-9a-f]{6}$/i.test(hex) ? `rgb(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)})` : hex);

/** Serialises the graph as GEXF 1.3. */
export function toGexf(graph: KnowledgeGraph): string {
  const xml = write(graph, {
    version: '1.3',
    pedantic: true, // meta holds only what the schema allows: creator, description, keywords
    formatNode: (key, a) => {
      // documentMentions (counts aligned with documents) serves the Neo4j loader; as a listinteger it would stop
      // readers that know only liststring (NetworkX), so the GEXF leaves it out
      const { label, x, y, size, color, documentMentions: _counts, ...rest } = a;
      const attributes: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rest)) attributes[k] = clean(v);
      return { label: clean(label) as string, viz: { x, y, size, color: rgb(color) }, attributes };
    },
    formatEdge: (key, a) => {
      const { label, weight, evidence, ...rest } = a;
      const attributes: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rest)) attributes[k] = clean(v);
      // one string, entries separated by " | ": GEXF 1.3 list values are comma-separated, and sentences hold commas
      attributes.evidence = clean(evidence.map(formatEvidence).join(EVIDENCE_SEPARATOR));
      return { label, weight, attributes };
    },
  });
  // The GEXF 1.3 schema does not declare xsi:schemaLocation, and its XSD rejects viz elements anyway:
  // the attribute is left out so that the file validates against the official RelaxNG schema as written.
  return withTime(graph, xml.replace(/\s+xmlns:xsi="[^"]*"/, '').replace(/\s+xsi:schemaLocation="[^"]*"/, ''));
}

/**
 * Time, for Gephi's timeline: when documents carry dates, the graph is dynamic (timestamps, dates) and each node and
 * edge carries the dates of the documents that mention it. graphology's writer has no notion of time, so the
 * `timestamps` attributes are added to the elements it wrote, which it writes in the graph's own order.
 */
function withTime(graph: KnowledgeGraph, xml: string): string {
  const docDates = new Map<string, string>();
  for (const d of graph.getAttribute('documents') ?? []) if (d.date) docDates.set(d.id, d.date);
  if (!docDates.size) return xml;
  const stamps = (docs: readonly string[]) => {
    const dates = [...new Set(docs.map((d) => docDates.get(d)).filter((x): x is string => !!x))].sort();
    return dates.length ? ` timestamps="&lt;[${dates.join(', ')}]&gt;"` : '';
  };
  const nodeStamps = graph.mapNodes((_, a) => stamps(a.documents));
  const edgeStamps = graph.mapEdges((_, a) => stamps(a.documents));
  let n = 0;
  let e = 0;
  return xml
    .replace('<graph defaultedgetype="directed"', '<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="timestamp"')
    .replace(/<node id="/g, () => `<node${nodeStamps[n++]} id="`)
    .replace(/<edge id="/g, () => `<edge${edgeStamps[e++]} id="`);
}
