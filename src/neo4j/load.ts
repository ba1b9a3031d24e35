/**
 * neo4j/load: writes a kg graph into Neo4j, idempotently and in batches.
 *
 * Labels and relationship types cannot be query parameters, so they come from a closed vocabulary (the entity
 * categories and the predicates kg knows) checked here; everything read from articles travels as parameters.
 * Loading the same graph twice changes nothing; loading another corpus merges into it: lists are unioned,
 * evidence is unioned (so a document loaded twice is not counted twice) and weights are recomputed from it.
 */
import type { Driver } from 'neo4j-driver';
import type { SerializedGraph } from 'graphology-types';
import { KgError } from '../errors.js';
import { formatEvidence } from '../export/gexf.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/build.js';
import { lexicon } from '../lexicon/index.js';
import { CATEGORIES, type Category } from '../model.js';

/** The relationship types kg may create: its relation vocabulary (lexicon predicates), never article text. */
export function relationshipTypes(): Set<string> {
  return new Set([...lexicon().predicates.keys()].filter((t) => /^[A-Z][A-Z0-9_]*$/.test(t)));
}

export interface LoadOptions {
  /** Rows per transaction. */
  batchSize: number;
  database?: string;
  /** Called after each batch with what was written so far. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_LOAD_OPTIONS: Readonly<Omit<LoadOptions, 'onProgress'>> = Object.freeze({ batchSize: 1000 });

export interface LoadSummary {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  nodes: number;
  relationships: number;
  skipped: string[];
  seconds: number;
}

/** The line `kg load` prints (the README quotes it; a test keeps them equal). */
export const loadSummary = (s: LoadSummary, uri: string) =>
  `kg: loaded ${s.nodes} nodes and ${s.relationships} relationships into ${uri}: ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.propertiesSet} properties set in ${s.seconds.toFixed(1)}s`;

export type GraphJson = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const chunks = <T>(xs: T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/** `coalesce(x, []) + new items of list` — a list union in Cypher. */
const union = (target: string, list: string) => `coalesce(${target}, []) + [v IN coalesce(${list}, []) WHERE NOT v IN coalesce(${target}, [])]`;

const NODE_QUERY = (label: Category) => `
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n:${label},
    n.label = row.label, n.category = row.category,
    n.iso3 = coalesce(row.iso3, n.iso3), n.country = coalesce(row.country, n.country),
    n.sector = coalesce(row.sector, n.sector), n.date = coalesce(row.date, n.date),
    n.aliases = ${union('n.aliases', 'row.aliases')},
    n.titles = ${union('n.titles', 'row.titles')},
    n.rules = ${union('n.rules', 'row.rules')},
    n.spans = ${union('n.spans', 'row.spans')},
    n.mergedBy = ${union('n.mergedBy', 'row.mergedBy')},
    n.x = row.x, n.y = row.y, n.size = row.size, n.color = row.color
WITH n, row
UNWIND row.mentions AS m
MATCH (d:Document {id: m.document})
MERGE (d)-[r:MENTIONS]->(n)
SET r.count = m.count`;

const TOTALS_QUERY = `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
OPTIONAL MATCH (d:Document)-[r:MENTIONS]->(n)
WITH n, r, d ORDER BY d.id
WITH n, sum(r.count) AS total, collect(d.id) AS documents
SET n.mentions = total, n.documents = documents`;

const EDGE_QUERY = (type: string) => `
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:${type} {factuality: row.factuality}]->(b)
SET r.predicate = row.predicate, r.eventType = row.eventType, r.cameo = row.cameo, r.mode = row.mode,
    r.evidence = ${union('r.evidence', 'row.evidence')},
    r.documents = ${union('r.documents', 'row.documents')}
SET r.weight = size(r.evidence)`;

const DOCUMENT_QUERY = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.date = coalesce(row.date, d.date), d.title = coalesce(row.title, d.title), d.url = coalesce(row.url, d.url)`;

/** Loads a serialised kg graph. Throws KgError on a graph that is not kg's; problems with single edges are listed in `skipped`. */
export async function loadGraph(driver: Driver, graph: GraphJson, options: Partial<LoadOptions> = {}): Promise<LoadSummary> {
  const o: LoadOptions = { ...DEFAULT_LOAD_OPTIONS, ...options };
  if (!Number.isInteger(o.batchSize) || o.batchSize < 1) throw new KgError('E_OPTION', 'batch size must be a whole number ≥ 1', 'Use --batch-size 1000.');
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) throw new KgError('E_INPUT_FORMAT', 'not a kg graph.json (no nodes/edges arrays)', 'Load the graph.json that `kg build` writes.');
  const t0 = performance.now();
  const summary: LoadSummary = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, nodes: graph.nodes.length, relationships: graph.edges.length, skipped: [], seconds: 0 };
  const categories = new Set<string>(CATEGORIES);
  const documents = (graph.attributes?.documents ?? []).map((d) => ({ id: d.id, date: d.date ?? null, title: d.title ?? null, url: d.url ?? null }));
  const total = documents.length + graph.nodes.length + graph.edges.length; // rows: documents, nodes, relationships
  let done = 0;

  const run = async (query: string, rows: unknown[], key = 'rows') => {
    for (const batch of chunks(rows, o.batchSize)) {
      const result = await driver.executeQuery(query, { [key]: batch }, { database: o.database, routing: 'WRITE' }).catch((err: Error) => {
        throw interrupted(err, done, total);
      });
      const c = result.summary.counters.updates();
      summary.nodesCreated += c.nodesCreated;
      summary.relationshipsCreated += c.relationshipsCreated;
      summary.propertiesSet += c.propertiesSet;
      if (key === 'rows') {
        done += batch.length;
        o.onProgress?.(done, total);
      }
    }
  };

  // schema first: one uniqueness constraint per label used, created idempotently
  const used = [...new Set(graph.nodes.map((n) => n.attributes?.category).filter((c): c is Category => categories.has(c as string)))].sort();
  const schema = [...['Entity', ...used].map((label) => `CREATE CONSTRAINT kg_${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`), 'CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE'];
  for (const statement of schema) await driver.executeQuery(statement, {}, { database: o.database }).catch((err: Error) => {
      throw interrupted(err, 0, total);
    });

  await run(DOCUMENT_QUERY, documents);

  for (const label of used) {
    const rows = graph.nodes
      .filter((n) => n.attributes?.category === label)
      .map((n) => {
        const a = n.attributes!;
        return {
          key: n.key,
          label: a.label,
          category: a.category,
          iso3: a.iso3 ?? null,
          country: a.country ?? null,
          sector: a.sector ?? null,
          date: a.date ?? null,
          aliases: a.aliases ?? [],
          titles: a.titles ?? [],
          rules: a.rules ?? [],
          spans: a.spans ?? [],
          mergedBy: a.mergedBy ?? [],
          x: a.x ?? 0,
          y: a.y ?? 0,
          size: a.size ?? 1,
          color: a.color ?? null,
          mentions: (a.documents ?? []).map((document, i) => ({ document, count: a.documentMentions?.[i] ?? 0 })),
        };
      });
    await run(NODE_QUERY(label), rows);
  }
  for (const n of graph.nodes) if (!categories.has(n.attributes?.category as string)) summary.skipped.push(`node ${n.key}: unknown category ${JSON.stringify(n.attributes?.category)}`);
  await run(TOTALS_QUERY, graph.nodes.map((n) => n.key), 'keys');

  const { byType, skipped } = relationshipRows(graph);
  summary.skipped.push(...skipped);
  for (const [type, rows] of byType) await run(EDGE_QUERY(type), rows);
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/**
 * A load that failed part-way, after the driver's retries, as a KgError that says what was written and what to do.
 * Every batch is one transaction of MERGEs and unions, so running the same load again completes it and counts
 * nothing twice.
 */
function interrupted(err: Error & { code?: string }, done: number, total: number): KgError {
  const lost = /ServiceUnavailable|SessionExpired|Connection|ECONNREFUSED|ECONNRESET/i.test(`${err.code} ${err.message}`);
  return new KgError(
    'E_NEO4J',
    `the Neo4j load stopped after ${done} of ${total} rows (${lost ? 'the server went away' : err.code ?? 'error'}: ${err.message.split('\n')[0]})`,
    lost
      ? 'When the server is back, run the same command again: loading is idempotent, nothing is counted twice. `--retry-seconds` sets how long kg retries first.'
      : 'Fix the cause above and run the same command again: loading is idempotent, nothing is counted twice.',
  );
}

const relationshipRow = (e: GraphJson['edges'][number]) => {
  const a = e.attributes!;
  // one relationship per factuality: what did not happen is never merged into what did
  return { source: e.source, target: e.target, predicate: a.predicate, eventType: a.eventType ?? null, cameo: a.cameo ?? null, mode: a.mode ?? null, factuality: a.factuality ?? 'asserted', evidence: (a.evidence ?? []).map(formatEvidence), documents: a.documents ?? [] };
};

/** Relationship rows grouped by type (in type order), and the edges whose predicate is not in the vocabulary. */
function relationshipRows(graph: GraphJson): { byType: Array<[string, unknown[]]>; skipped: string[] } {
  const types = relationshipTypes();
  const byType = new Map<string, unknown[]>();
  const skipped: string[] = [];
  for (const e of graph.edges) {
    const predicate = e.attributes?.predicate as string;
    if (!types.has(predicate)) {
      skipped.push(`edge ${e.key ?? `${e.source}->${e.target}`}: predicate ${JSON.stringify(predicate)} is not in kg's vocabulary`);
      continue;
    }
    const rows = byType.get(predicate);
    if (rows) rows.push(relationshipRow(e));
    else byType.set(predicate, [relationshipRow(e)]);
  }
  return { byType: [...byType].sort(([x], [y]) => (x < y ? -1 : 1)), skipped };
}

/** Writes only the relationships, batched (their nodes must be loaded): what the benchmark compares. Returns how many. */
export async function loadRelationshipsBatched(driver: Driver, graph: GraphJson, batchSize = DEFAULT_LOAD_OPTIONS.batchSize, database?: string): Promise<number> {
  let n = 0;
  for (const [type, rows] of relationshipRows(graph).byType) {
    for (const batch of chunks(rows, batchSize)) await driver.executeQuery(EDGE_QUERY(type), { rows: batch }, { database, routing: 'WRITE' });
    n += rows.length;
  }
  return n;
}

/**
 * The baseline the benchmark compares batching with: the same relationships, one transaction each.
 * Returns how many were written.
 */
export async function loadRelationshipsOneByOne(driver: Driver, graph: GraphJson, database?: string): Promise<number> {
  let n = 0;
  for (const [type, rows] of relationshipRows(graph).byType) {
    for (const row of rows) await driver.executeQuery(EDGE_QUERY(type), { rows: [row] }, { database, routing: 'WRITE' });
    n += rows.length;
  }
  return n;
}
