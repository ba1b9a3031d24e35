#!/usr/bin/env node
/** cli: turns arguments into options and calls the pipeline. No analysis happens here. */
import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import { KgError } from './errors.js';
import { analyze, build, DEFAULT_BUILD_OPTIONS, extractionLine, FORMATS, isExtraction, type Format } from './pipeline.js';
import type { Diagnostic, Extraction } from './model.js';

/** Exit codes: 0 all good; 1 some documents were skipped (see the summary); 2 usage or fatal error. */
export const EXIT = { ok: 0, skipped: 1, error: 2 } as const;

const program = new Command('kg')
  .description('Turns news articles into a knowledge graph: people, countries, cities, organisations, events and the relations between them.')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : EXIT.error));

const printDiagnostics = (ds: Diagnostic[], quiet: boolean) => {
  if (quiet) return;
  for (const d of ds) process.stderr.write(`kg: ${d.severity}: ${d.message} [${d.rule}]\n`);
};

program
  .command('build')
  .description('Build the graph from files and folders (.txt, .jsonl, .csv) and write it to the output folder.')
  .argument('[inputs...]', 'files or folders to read', DEFAULT_BUILD_OPTIONS.inputs)
  .option('-o, --out <dir>', 'output folder', DEFAULT_BUILD_OPTIONS.out)
  .option('-f, --format <list>', `output formats, comma-separated (${FORMATS.join(', ')})`, DEFAULT_BUILD_OPTIONS.formats.join(','))
  .option('--seed <seed>', 'seed of the layout', 'kg')
  .addOption(new Option('--iterations <n>', 'ForceAtlas2 iterations (default: inferred from the graph size)').argParser((v) => Number(v)))
  .addOption(new Option('--max-document-chars <n>', 'skip documents longer than this').default(DEFAULT_BUILD_OPTIONS.maxDocumentChars).argParser((v) => Number(v)))
  .option('-q, --quiet', 'print nothing but errors')
  .action(async (inputs: string[], opts) => {
    let last = 0;
    const progress = !opts.quiet && process.stderr.isTTY;
    const result = await build({
      inputs,
      out: opts.out,
      formats: String(opts.format).split(',').map((s) => s.trim()).filter(Boolean) as Format[],
      layout: { seed: opts.seed, iterations: opts.iterations },
      maxDocumentChars: opts.maxDocumentChars,
      onDocument: progress
        ? (n) => {
            if (Date.now() - last > 500) {
              process.stderr.write(`\rkg: ${n} documents read`);
              last = Date.now();
            }
          }
        : undefined,
    });
    if (progress && last) process.stderr.write('\n');
    printDiagnostics(result.diagnostics, false);
    const { graph } = result;
    if (!opts.quiet) {
      console.log(
        `kg: built ${result.files.join(', ')} from ${result.documents} document(s)${result.skipped ? `, ${result.skipped} skipped` : ''}: ${graph.order} nodes, ${graph.size} edges in ${result.seconds.toFixed(1)}s`,
      );
    }
    process.exitCode = result.skipped ? EXIT.skipped : EXIT.ok;
  });

program
  .command('extract')
  .description('Extract mentions, entities and relations per document, as JSON lines.')
  .option('--jsonl', 'read JSON lines {"id","text"} on standard input, write one JSON line per document (streaming)')
  .option('--explain', 'print each decision with the rule that made it, for people to read')
  .action(async (opts) => {
    if (!opts.jsonl && !opts.explain) throw new KgError('E_OPTION', 'extract needs --jsonl or --explain', 'Pipe JSON lines {"id","text"} in: `echo \'{"id":"a","text":"..."}\' | npm run -s kg -- extract --jsonl`.');
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    let skipped = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let record: { id?: unknown; text?: unknown };
      try {
        record = JSON.parse(line);
      } catch (err) {
        process.stderr.write(`kg: stdin:${n}: not valid JSON (${(err as Error).message}); skipped\n`);
        skipped++;
        continue;
      }
      if (typeof record?.text !== 'string') {
        process.stderr.write(`kg: stdin:${n}: no "text" string; skipped\n`);
        skipped++;
        continue;
      }
      const id = record.id === undefined ? `stdin:${n}` : String(record.id);
      const result = analyze({ id, text: record.text, origin: { file: 'stdin', line: n } });
      if (!isExtraction(result)) {
        printDiagnostics([result], false);
        process.stdout.write(`${JSON.stringify({ id, mentions: [], entities: [], relations: [], error: result.message })}\n`);
        skipped++;
        continue;
      }
      if (opts.explain) process.stdout.write(explain(result, record.text));
      else process.stdout.write(`${extractionLine(result)}\n`);
    }
    process.exitCode = skipped ? EXIT.skipped : EXIT.ok;
  });

/** Human-readable trace of one extraction: every mention and relation with its rule. */
function explain(x: Extraction, text: string): string {
  const out = [`# ${x.doc.id}`];
  for (const m of x.mentions) out.push(`mention  [${m.start},${m.end}) ${JSON.stringify(text.slice(m.start, m.end))} ${m.category}/${m.form} → ${m.entity}  (${m.rule})`);
  for (const r of x.relations) for (const e of r.evidence) out.push(`relation ${r.source} -${r.predicate}-> ${r.target}  (${e.rule}) [${e.start},${e.end})`);
  for (const d of x.diagnostics) out.push(`note     ${d.rule}: ${d.message}`);
  return `${out.join('\n')}\n`;
}

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof KgError) {
    process.stderr.write(`${err.message}\n  hint: ${err.hint}\n`);
  } else {
    process.stderr.write(`kg: unexpected error: ${(err as Error)?.stack ?? err}\n`);
  }
  process.exitCode = EXIT.error;
});
