/** neo4j/query: runs a Cypher file from queries/ with parameters, and turns results into plain rows. */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { KgError } from '../errors.js';

export interface QueryFile {
  file: string;
  text: string;
  /** The header comment: what the query answers. */
  description: string;
  /** Parameters the header declares (`$name: what`). */
  params: string[];
}

/** Reads a query file; its header comment says what it answers and which `$parameters` it takes. */
export function readQueryFile(file: string): QueryFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new KgError('E_INPUT_MISSING', `cannot read query ${file} (${(err as Error).message})`, 'List the queries with `ls queries/`.');
  }
  const header = text.split('\n').filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/\s?/, ''));
  const params = [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
  return { file, text, description: header.join('\n'), params };
}

/** `key=value` pairs from the command line; whole numbers become Neo4j integers. */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq < 1) throw new KgError('E_OPTION', `parameter "${p}" is not key=value`, 'Write --param event=meeting.');
    const value = p.slice(eq + 1);
    out[p.slice(0, eq)] = /^-?\d{1,15}$/.test(value) ? neo4j.int(value) : value;
  }
  return out;
}

/** Converts driver values (nodes, relationships, paths, integers) into plain JSON values. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (neo4j.isNode(v as never)) return plain((v as { properties: unknown }).properties);
    if (neo4j.isRelationship(v as never)) return { type: (v as { type: string }).type, ...(plain((v as { properties: unknown }).properties) as object) };
    if (neo4j.isPath(v as never)) return (v as { segments: Array<{ start: unknown; relationship: { type: string }; end: unknown }> }).segments.map((s) => ({ from: (plain(s.start) as { label?: string }).label, rel: s.relationship.type, to: (plain(s.end) as { label?: string }).label }));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x);
    return out;
  }
  return value;
}

/** Runs a query file; every parameter it uses must be given. */
export async function runQuery(driver: Driver, q: QueryFile, params: Record<string, unknown>, database?: string): Promise<Array<Record<string, unknown>>> {
  const missing = q.params.filter((p) => !(p in params));
  if (missing.length) throw new KgError('E_OPTION', `${q.file} needs ${missing.map((m) => `$${m}`).join(', ')}`, `Add ${missing.map((m) => `--param ${m}=…`).join(' ')}. The query's header says what each means.`);
  const result = await driver.executeQuery(q.text, params, { database, routing: 'READ' });
  return result.records.map((r) => plain(r.toObject()) as Record<string, unknown>);
}

/** A plain-text table of rows, for people. */
export function formatTable(rows: Array<Record<string, unknown>>): string {
  if (!rows.length) return '(no rows)\n';
  const cols = Object.keys(rows[0]);
  const cell = (v: unknown) => {
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  };
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i])).join(' | ').trimEnd();
  return `${[line(cols), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)].join('\n')}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}
