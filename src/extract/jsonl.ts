/**
 * extract/jsonl: the JSON line `kg extract --jsonl` writes for one document, and reading it back. It holds
 * everything the graph is built from, so lines from separate runs merge (`build --from-extractions`) into the graph
 * one build over all documents makes.
 */
import { KgError } from '../errors.js';
import type { Extraction } from '../model.js';

/** The JSON line of one document's extraction. */
export function extractionLine(x: Extraction): string {
  const { id, date, title, url } = x.doc;
  return JSON.stringify({
    id,
    ...(date ? { date } : {}),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, category: m.category, form: m.form, entity: m.entity, rule: m.rule })),
    entities: x.entities.map((e) => ({
      key: e.key,
      label: e.label,
      category: e.category,
      aliases: e.aliases,
      ...(e.iso3 ? { iso3: e.iso3 } : {}),
      ...(e.country ? { country: e.country } : {}),
      ...(e.sector ? { sector: e.sector } : {}),
      ...(e.titles ? { titles: e.titles } : {}),
      ...(e.date ? { date: e.date } : {}),
      mentions: e.mentions,
      spans: e.spans,
      rules: e.rules,
      ...(e.mergedBy?.length ? { mergedBy: e.mergedBy } : {}),
    })),
    relations: x.relations.map((r) => ({
      source: r.source,
      predicate: r.predicate,
      target: r.target,
      ...(r.eventType ? { eventType: r.eventType } : {}),
      ...(r.cameo ? { cameo: r.cameo } : {}),
      ...(r.mode ? { mode: r.mode } : {}),
      ...(r.factuality ? { factuality: r.factuality } : {}),
      evidence: r.evidence,
    })),
  });
}

/** Reads a line that `extractionLine` wrote back into an Extraction; throws a message naming what is missing. */
export function parseExtractionLine(line: string, origin: { file: string; line: number }): Extraction {
  const where = `${origin.file}:${origin.line}`;
  let x: Record<string, unknown>;
  try {
    x = JSON.parse(line) as Record<string, unknown>;
  } catch (err) {
    throw new KgError('E_INPUT_FORMAT', `${where}: not valid JSON (${(err as Error).message})`, 'Give files written by `kg extract --jsonl`.');
  }
  if (typeof x.id !== 'string' || !Array.isArray(x.entities) || !Array.isArray(x.relations)) {
    throw new KgError('E_INPUT_FORMAT', `${where}: not an extraction line (needs "id", "entities" and "relations")`, 'Give files written by `kg extract --jsonl`.');
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const entities = (x.entities as Array<Record<string, unknown>>).map((e) => ({
    ...(e as unknown as Extraction['entities'][number]),
    mentions: typeof e.mentions === 'number' ? e.mentions : 1,
    rules: Array.isArray(e.rules) ? (e.rules as string[]) : [],
    spans: Array.isArray(e.spans) ? (e.spans as string[]) : [],
    documents: [x.id as string],
  }));
  return {
    doc: { id: x.id, date: str(x.date), title: str(x.title), url: str(x.url), origin },
    mentions: [],
    entities,
    relations: x.relations as Extraction['relations'],
    diagnostics: [],
  };
}
