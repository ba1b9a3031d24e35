/**
 * Formats lexicon data files the way they are kept: one entry per line, so that a diff shows what changed.
 * Usage: npx tsx scripts/format-lexicon.ts src/lexicon/data/relations.json ...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isFlat = (v: Json) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));
/** One line: `{"id": "urge", "phrase": ["urge"]}`. */
const compact = (v: Json): string => {
  if (Array.isArray(v)) return `[${v.map(compact).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${compact(x)}`).join(', ')}}`;
  return JSON.stringify(v);
};

export function format(v: Json, depth = 0): string {
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (Array.isArray(v)) return isFlat(v) ? compact(v) : `[\n${v.map((x) => pad + compact(x)).join(',\n')}\n${end}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    const flat = depth >= 1 && entries.every(([, x]) => isFlat(x));
    return `{\n${entries.map(([k, x]) => `${pad}${JSON.stringify(k)}: ${flat ? compact(x) : format(x, depth + 1)}`).join(',\n')}\n${end}}`;
  }
  return JSON.stringify(v);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const file of process.argv.slice(2)) writeFileSync(file, `${format(JSON.parse(readFileSync(file, 'utf8')) as Json)}\n`);
