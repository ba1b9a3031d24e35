/** export/write: writes output files atomically (temporary file, then rename), and the JSON serialisation. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KgError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/build.js';

/** graphology's own serialisation: `{attributes, options, nodes: [{key, attributes}], edges: [{key, source, target, attributes}]}`. */
export function toJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}

/** Writes `content` to `file` so that readers never see a partial file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  try {
    await fs.mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
    await fs.writeFile(tmp, content, 'utf8');
    await fs.rename(tmp, file);
  } catch (err) {
    throw new KgError('E_OUTPUT', `cannot write ${file}: ${(err as Error).message}`, 'Check that the output folder is writable, or choose another with --out.');
  }
}
