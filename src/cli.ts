#!/usr/bin/env node
/** cli: turns arguments into options and calls the pipeline. No analysis happens here. */
import { Command, Option } from 'commander';
import { INPUT_KINDS } from './ingest/read.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { KgError } from './errors.js';
import { connect, connectionFromEnv, type ConnectionOptions } from './neo4j/connection.js';
import { loadGraph, loadSummary, type GraphJson, type LoadSummary } from './neo4j/load.js';
import { formatTable, parseParams, readQueryFile, runQuery } from './neo4j/query.js';
import { DEFAULT_SERVER_OPTIONS, startedMessage, startServer, stopServer } from './neo4j/server.js';
import { build, buildSummary, DEFAULT_BUILD_OPTIONS, DEFAULT_LIMITS, extractDocuments, extractionLine, FORMATS, isExtraction, type Format } from './pipeline.js';
import { explain, explainEntity, loadProgress, printDiagnostics, progressReporter } from './report.js';
import { clauseAnalysis } from './extract/index.js';

/** Exit codes: 0 all good; 1 some documents were skipped (see the summary); 2 usage or fatal error. */
export const EXIT = { ok: 0, skipped: 1, error: 2 } as const;

const program = new Command('kg')
  .description('Turns news articles into a knowledge graph: people, countries, cities, organisations, events and the relations between them.')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : EXIT.error));

/** Option values, checked where they are parsed: a bad value stops with a message naming the flag (exit code 2). */
const bad = (flag: string, value: string, want: string, example: string) => new KgError('E_OPTION', `${flag} must be ${want}, not "${value}"`, `For example ${flag} ${example}.`);
/** A whole number of at least `min`. */
const wholeNumber = (flag: string, min: number, example: string) => (v: string) => {
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isSafeInteger(n) || n < min) throw bad(flag, v, `a whole number ≥ ${min}`, example);
  return n;
};
/** A number of at least `min` (fractions allowed). */
const atLeast = (flag: string, min: number, example: string) => (v: string) => {
  const n = Number(v);
  if (!v.trim() || !Number.isFinite(n) || n < min) throw bad(flag, v, `a number ≥ ${min}`, example);
  return n;
};
/** A comma-separated list of output formats: at least one, each known. */
const formatList = (v: string): Format[] => {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.length) throw bad('--format', v, `one or more of ${FORMATS.join(', ')}, comma-separated`, 'gexf,json');
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length) throw bad('--format', v, `one or more of ${FORMATS.join(', ')} (unknown: ${unknown.join(', ')})`, 'gexf,json,html');
  return list as Format[];
};
/** A folder to write to: not an existing file. */
const outputFolder = (v: string) => {
  if (!v.trim()) throw bad('--out', v, 'a folder', 'exports');
  if (existsSync(v) && !statSync(v).isDirectory()) throw new KgError('E_OPTION', `--out ${v} is a file, not a folder`, 'Give a folder to write the graph files to (it is created when missing).');
  return v;
};
const nonEmpty = (flag: string, example: string) => (v: string) => {
  if (!v.trim()) throw bad(flag, v, 'a non-empty string', example);
  return v;
};

program
  .command('build')
  .description(`Build the graph from files and folders (${INPUT_KINDS}) and write it to the output folder.`)
  .argument('[inputs...]', 'files or folders to read', DEFAULT_BUILD_OPTIONS.inputs)
  .addOption(new Option('-o, --out <dir>', 'output folder').default(DEFAULT_BUILD_OPTIONS.out).argParser(outputFolder))
  .addOption(new Option('-f, --format <list>', `output formats, comma-separated (${FORMATS.join(', ')})`).default(DEFAULT_BUILD_OPTIONS.formats).argParser(formatList))
  .addOption(new Option('--seed <seed>', 'seed of the layout').default('kg').argParser(nonEmpty('--seed', 'kg')))
  .addOption(new Option('--iterations <n>', 'ForceAtlas2 iterations (default: inferred from the graph size)').argParser(wholeNumber('--iterations', 1, '200')))
  .addOption(new Option('--threads <n>', 'worker threads for extraction (default: one per core for inputs over 1 MB)').argParser(wholeNumber('--threads', 1, '2')))
  .option('--from-extractions <files...>', 'build from `kg extract --jsonl` output files (shard and merge) instead of documents')
  .option('--resolve <file>', 'corrections of entity resolution: a CSV file "action,entity,other" (same, different, not-entity, rename)')
  .option('-q, --quiet', 'print nothing but errors')
  .option('--neo4j', 'also load the graph into Neo4j (see `kg load`)');
withLimitOptions(withConnectionOptions(program.commands[program.commands.length - 1]))
  .action(async (inputs: string[], opts) => {
    const progress = opts.quiet ? undefined : await progressReporter(opts.fromExtractions ? [] : inputs);
    const result = await build({
      inputs,
      out: opts.out,
      formats: opts.format,
      layout: { seed: opts.seed, iterations: opts.iterations },
      maxDocumentChars: opts.maxDocumentChars,
      maxSentenceChars: opts.maxSentenceChars,
      threads: opts.threads,
      fromExtractions: opts.fromExtractions,
      resolve: opts.resolve,
      onDocument: progress?.update,
    }).finally(() => progress?.stop());
    printDiagnostics(result.diagnostics, false);
    const { graph } = result;
    if (!opts.quiet) console.log(buildSummary(result.files, result.documents, result.skipped, graph.order, graph.size, result.seconds));
    if (opts.neo4j) await loadInto(result.graph.export() as GraphJson, opts);
    process.exitCode = result.skipped ? EXIT.skipped : EXIT.ok;
  });

/** Connection flags shared by build --neo4j, load and query; NEO4J_* variables fill what is not given. */
function withConnectionOptions(cmd: Command): Command {
  return cmd
    .option('--uri <uri>', 'Neo4j URI: bolt://, neo4j:// or neo4j+s:// (default: NEO4J_URI or bolt://127.0.0.1:7687)')
    .option('--username <name>', 'Neo4j user (default: NEO4J_USERNAME or neo4j)')
    .option('--password <password>', 'Neo4j password (default: NEO4J_PASSWORD)')
    .option('--database <name>', "Neo4j database (default: NEO4J_DATABASE or the server's default)")
    .addOption(new Option('--batch-size <n>', 'rows per transaction when loading').default(1000).argParser(wholeNumber('--batch-size', 1, '1000')))
    .addOption(new Option('--retry-seconds <n>', 'how long to retry a transaction after a transient error (lost connection), with backoff').default(30).argParser(atLeast('--retry-seconds', 0, '30')));
}

/** Limits shared by build and extract: sane defaults, never crashes. */
function withLimitOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--max-document-chars <n>', 'skip documents longer than this (characters)').default(DEFAULT_LIMITS.maxDocumentChars).argParser(wholeNumber('--max-document-chars', 1, '100000')))
    .addOption(new Option('--max-sentence-chars <n>', 'cut longer runs of text without a sentence end before parsing').default(DEFAULT_LIMITS.maxSentenceChars).argParser(wholeNumber('--max-sentence-chars', 100, '3000')));
}

const connection = (opts: Partial<ConnectionOptions>) => connectionFromEnv(process.env, { uri: opts.uri, username: opts.username, password: opts.password, database: opts.database, retrySeconds: opts.retrySeconds });

async function loadInto(graph: GraphJson, opts: Partial<ConnectionOptions> & { batchSize?: number; quiet?: boolean }): Promise<LoadSummary> {
  const conn = connection(opts);
  const driver = await connect(conn);
  try {
    const summary = await loadGraph(driver, graph, { batchSize: opts.batchSize, database: conn.database, onProgress: opts.quiet ? undefined : loadProgress(opts.batchSize ?? 1000) });
    for (const s of summary.skipped) process.stderr.write(`kg: warning: not loaded: ${s}\n`);
    if (!opts.quiet) console.log(loadSummary(summary, conn.uri));
    return summary;
  } finally {
    await driver.close();
  }
}

/** A built graph: graph.json, or the folder that holds one. */
function readGraph(input: string, hint: string): { graph: GraphJson; file: string } {
  const file = existsSync(input) && statSync(input).isDirectory() ? path.join(input, 'graph.json') : input;
  if (!existsSync(file)) throw new KgError('E_INPUT_MISSING', `no graph at ${file}`, hint);
  try {
    return { graph: JSON.parse(readFileSync(file, 'utf8')) as GraphJson, file };
  } catch (err) {
    throw new KgError('E_INPUT_FORMAT', `${file} is not valid JSON (${(err as Error).message})`, 'Rebuild it with `npm run kg -- build`.');
  }
}

withConnectionOptions(
  program
    .command('load')
    .description('Load a built graph (graph.json, or a folder holding one) into Neo4j, idempotently.')
    .argument('[graph]', 'graph.json or the folder that holds it', DEFAULT_BUILD_OPTIONS.out)
    .option('-q, --quiet', 'print nothing but errors'),
).action(async (input: string, opts) => {
  const { graph } = readGraph(input, 'Run `npm run kg -- build` first, or name the graph.json to load.');
  const summary = await loadInto(graph, opts);
  process.exitCode = summary.skipped.length ? EXIT.skipped : EXIT.ok;
});

withConnectionOptions(
  program
    .command('query')
    .description('Run a Cypher file from queries/ against Neo4j and print a table (or JSON rows).')
    .argument('<file>', 'a .cypher file, e.g. queries/attendees.cypher')
    .option('-p, --param <key=value...>', 'query parameter (repeatable)', [])
    .option('--json', 'print JSON rows, one per line'),
).action(async (file: string, opts) => {
  const q = readQueryFile(file);
  const params = parseParams(opts.param);
  const conn = connection(opts);
  const driver = await connect(conn);
  try {
    const rows = await runQuery(driver, q, params, conn.database);
    process.stdout.write(opts.json ? rows.map((r) => `${JSON.stringify(r)}\n`).join('') : formatTable(rows));
  } finally {
    await driver.close();
  }
});

program
  .command('explain')
  .description('Print why a node of a built graph is one entity: its names, the rule and evidence that joined each, its documents and edges.')
  .argument('<entity...>', 'node keys or labels (or aliases), e.g. "Wang Yi" or person:wang-yi')
  .option('-g, --graph <file>', 'graph.json or the folder that holds it', DEFAULT_BUILD_OPTIONS.out)
  .action((names: string[], opts) => {
    const { graph, file } = readGraph(opts.graph, 'Run `npm run kg -- build` first, or name the graph.json with --graph.');
    process.stdout.write(names.map((n) => explainEntity(graph, n, file)).join('\n'));
  });

const port = (v: string) => {
  const n = wholeNumber('--port', 1, '7687')(v);
  if (n > 65535) throw bad('--port', v, 'a port number from 1 to 65535', '7687');
  return n;
};
const server = program.command('neo4j').description('Start or stop a local Neo4j 5 community server (no Docker needed; Java 17 and Maven).');
server
  .command('start')
  .description('Start Neo4j on 127.0.0.1, data in .neo4j/data, and wait until Bolt answers.')
  .addOption(new Option('--port <n>', 'Bolt port').default(DEFAULT_SERVER_OPTIONS.port).argParser(port))
  .addOption(new Option('--home <dir>', 'data folder').default(DEFAULT_SERVER_OPTIONS.home).argParser(nonEmpty('--home', '.neo4j/data')))
  .action(async (opts) => {
    console.log(startedMessage(await startServer({ port: opts.port, home: opts.home, detached: true })));
  });
server
  .command('stop')
  .description('Stop the server started by `neo4j start`.')
  .addOption(new Option('--port <n>', 'Bolt port of the server to stop').default(DEFAULT_SERVER_OPTIONS.port).argParser(port))
  .action(async (opts) => {
    console.log((await stopServer(opts.port)) ? 'kg: Neo4j stopped' : 'kg: no Neo4j started by kg is running');
  });

program
  .command('explore')
  .description('Print the path of the explore page that `build` wrote (and open it with --open).')
  .argument('[dir]', 'the output folder of a build', DEFAULT_BUILD_OPTIONS.out)
  .option('--open', "open it in the system's browser (xdg-open, open or start)")
  .action(async (dir: string, opts) => {
    const page = path.resolve(dir, 'index.html');
    if (!existsSync(page)) throw new KgError('E_INPUT_MISSING', `no explore page at ${page}`, 'Run `npm run kg -- build` first (it writes index.html), or name the output folder.');
    console.log(`file://${page}`);
    if (opts.open) {
      const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
      const { spawn } = await import('node:child_process');
      spawn(opener, [page], { detached: true, stdio: 'ignore' }).on('error', () => process.stderr.write(`kg: could not run ${opener}; open the path above in a browser\n`)).unref();
    }
  });

withLimitOptions(
  program
    .command('extract')
    .description('Extract mentions, entities and relations per document, as JSON lines.')
    .argument('[inputs...]', 'files or folders to read instead of standard input')
    .option('--jsonl', 'read JSON lines {"id","text"[,"date","title","url"]} on standard input (or documents from the inputs), write one JSON line per document (streaming)')
    .option('--explain', 'print each decision with the rule that made it, for people to read'),
).action(async (inputs: string[], opts) => {
    if (!inputs.length && !opts.jsonl && !opts.explain) throw new KgError('E_OPTION', 'extract needs --jsonl or --explain', 'Pipe JSON lines {"id","text"} in: `echo \'{"id":"a","text":"..."}\' | npm run -s kg -- extract --jsonl`.');
    // documents from files (a shard of a larger corpus, merged later by `build --from-extractions`) or standard input
    let skipped = 0;
    for await (const { doc, result } of extractDocuments(inputs.length ? inputs : process.stdin, opts)) {
      if (!isExtraction(result)) {
        printDiagnostics([result], false);
        // on standard input, a line out for every document in, even one that failed
        if (doc && !inputs.length && !opts.explain) process.stdout.write(`${JSON.stringify({ id: doc.id, mentions: [], entities: [], relations: [], error: result.message })}\n`);
        skipped++;
        continue;
      }
      if (!opts.explain) printDiagnostics(result.diagnostics.filter((d) => d.severity !== 'info'), false);
      process.stdout.write(opts.explain ? explain(result, doc!.text, clauseAnalysis(doc!)) : `${extractionLine(result)}\n`);
    }
    process.exitCode = skipped ? EXIT.skipped : EXIT.ok;
  });

// for the benchmark: the peak resident memory of this process (workers included)
if (process.env.KG_REPORT_RSS) process.on('exit', () => process.stderr.write(`kg: peak RSS ${process.resourceUsage().maxRSS} KB\n`));

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof KgError) {
    process.stderr.write(`${err.message}\n  hint: ${err.hint}\n`);
  } else {
    process.stderr.write(`kg: unexpected error: ${(err as Error)?.stack ?? err}\n`);
  }
  process.exitCode = EXIT.error;
});
