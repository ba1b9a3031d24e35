/**
 * export/csv: the CSV set that `neo4j-admin database import full` reads, for graphs too large to load in
 * transactions: one node file per label (plus documents), one relationship file per type (plus MENTIONS), typed
 * headers, arrays joined with ARRAY_DELIMITER.
 */
import { stringify } from 'csv-stringify/sync';
import type { KnowledgeGraph } from '../graph/build.js';
import { formatEvidence } from './gexf.js';

/** The array delimiter of the CSV set (pass it to neo4j-admin as --array-delimiter); it is removed from values. */
export const ARRAY_DELIMITER = '¦';

const arr = (xs: readonly unknown[] | undefined) => (xs ?? []).map((x) => String(x).replaceAll(ARRAY_DELIMITER, '|')).join(ARRAY_DELIMITER);
const csv = (header: string[], rows: unknown[][]) => stringify([header, ...rows], { quoted_string: true, record_delimiter: '\n' });

/** File name → contents. Pure. */
export function toCsvFiles(graph: KnowledgeGraph): Map<string, string> {
  const files = new Map<string, string>();
  const byLabel = new Map<string, unknown[][]>();
  graph.forEachNode((key, a) => {
    const rows = byLabel.get(a.category) ?? [];
    rows.push([key, `Entity${ARRAY_DELIMITER}${a.category}`, a.label, a.category, arr(a.aliases), arr(a.titles), a.iso3 ?? '', a.country ?? '', a.sector ?? '', a.date ?? '', a.mentions, arr(a.documents), arr(a.spans), arr(a.rules), arr(a.mergedBy), a.x, a.y, a.size, a.color]);
    byLabel.set(a.category, rows);
  });
  const nodeHeader = ['key:ID(Entity)', ':LABEL', 'label', 'category', 'aliases:string[]', 'titles:string[]', 'iso3', 'country', 'sector', 'date', 'mentions:int', 'documents:string[]', 'spans:string[]', 'rules:string[]', 'mergedBy:string[]', 'x:double', 'y:double', 'size:double', 'color'];
  for (const [label, rows] of [...byLabel].sort(([x], [y]) => (x < y ? -1 : 1))) files.set(`nodes-${label}.csv`, csv(nodeHeader, rows));

  const docs = graph.getAttribute('documents') ?? [];
  files.set('nodes-Document.csv', csv(['id:ID(Document)', ':LABEL', 'date', 'title', 'url'], docs.map((d) => [d.id, 'Document', d.date ?? '', d.title ?? '', d.url ?? ''])));
  const mentions: unknown[][] = [];
  graph.forEachNode((key, a) => a.documents.forEach((d, i) => mentions.push([d, key, 'MENTIONS', a.documentMentions?.[i] ?? 0])));
  files.set('relationships-MENTIONS.csv', csv([':START_ID(Document)', ':END_ID(Entity)', ':TYPE', 'count:int'], mentions));

  const byType = new Map<string, unknown[][]>();
  graph.forEachEdge((_key, a, source, target) => {
    const rows = byType.get(a.predicate) ?? [];
    rows.push([source, target, a.predicate, a.predicate, a.eventType ?? '', a.cameo ?? '', a.mode ?? '', a.factuality ?? 'asserted', a.weight, arr(a.evidence.map(formatEvidence)), arr(a.documents)]);
    byType.set(a.predicate, rows);
  });
  const relHeader = [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'predicate', 'eventType', 'cameo', 'mode', 'factuality', 'weight:int', 'evidence:string[]', 'documents:string[]'];
  for (const [type, rows] of [...byType].sort(([x], [y]) => (x < y ? -1 : 1))) files.set(`relationships-${type}.csv`, csv(relHeader, rows));
  return files;
}
