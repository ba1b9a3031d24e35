/**
 * explore/page: one self-contained HTML page — the graph, the bundled scripts (sigma.js over graphology) and
 * the styles inline — that opens offline from the file system.
 */
import { buildSync } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/build.js';
import { pageData } from './data.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
let bundle: string | undefined;

/** The page script, bundled once per process with esbuild (deterministic output). */
export function pageScript(): string {
  if (bundle !== undefined) return bundle;
  const entry = [path.join(HERE, 'browser', 'main.ts'), path.join(HERE, 'browser', 'main.js')].find((f) => existsSync(f));
  if (!entry) throw new KgError('E_OUTPUT', 'the explore page script is missing', 'Reinstall kg (src/explore/browser/main.ts).');
  const out = buildSync({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true, write: false, legalComments: 'none', logLevel: 'silent' });
  // a script body must not contain "</script"
  bundle = out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return bundle;
}

/** JSON that is safe inside a <script> element: no "<" can close it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const STYLE = `
:root { --fg:#1d1d1f; --muted:#6b6b70; --line:#dedee3; --bg:#fafafa; --accent:#0072B2; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); }
* { box-sizing: border-box; }
body { margin:0; height:100vh; display:grid; grid-template-rows:auto 1fr; grid-template-columns: 250px 1fr 380px; grid-template-areas: "top top top" "filters graph details"; background:var(--bg); }
header { grid-area: top; display:flex; gap:12px; align-items:center; padding:8px 12px; border-bottom:1px solid var(--line); background:#fff; }
header h1 { font-size:16px; margin:0; white-space:nowrap; }
#summary { color:var(--muted); font-size:13px; white-space:nowrap; }
.search { position:relative; flex:1; max-width:480px; }
#search { width:100%; padding:7px 10px; font-size:14px; border:1px solid var(--line); border-radius:6px; }
#search-results { position:absolute; z-index:10; left:0; right:0; top:100%; margin:2px 0 0; padding:0; list-style:none; background:#fff; border:1px solid var(--line); border-radius:6px; box-shadow:0 4px 16px rgba(0,0,0,.12); max-height:60vh; overflow:auto; }
#search-results li { padding:6px 10px; cursor:pointer; display:flex; justify-content:space-between; gap:8px; }
#search-results li.active, #search-results li:hover { background:#eef4fb; }
.opt-category { color:var(--muted); font-size:12px; }
button { font:inherit; }
#save-png, #toggle-filters { padding:6px 10px; border:1px solid var(--line); background:#fff; border-radius:6px; cursor:pointer; }
#toggle-filters { display:none; }
#filters { grid-area: filters; overflow:auto; padding:10px 12px; border-right:1px solid var(--line); background:#fff; }
#filters h2 { font-size:12px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); margin:14px 0 6px; }
.toggles { display:flex; flex-direction:column; gap:3px; }
.toggle { display:flex; align-items:center; gap:8px; padding:4px 6px; border:1px solid transparent; border-radius:5px; background:none; cursor:pointer; text-align:left; }
.toggle:hover { border-color:var(--line); }
.toggle[aria-pressed=false] { opacity:.4; text-decoration:line-through; }
.toggle .count { margin-left:auto; color:var(--muted); font-size:12px; }
.swatch { width:12px; height:12px; border-radius:50%; flex:none; }
.dates label { display:block; font-size:13px; margin:4px 0; }
.dates input { width:100%; }
#graph { grid-area: graph; position:relative; min-height:300px; background:#fff; }
#graph:focus-visible { outline:2px solid var(--accent); outline-offset:-2px; }
#details { grid-area: details; overflow:auto; padding:12px 14px; border-left:1px solid var(--line); background:#fff; font-size:14px; }
.details-head { display:flex; align-items:flex-start; justify-content:space-between; gap:8px; }
.details-head h2 { margin:0 0 8px; font-size:19px; }
.close { border:none; background:none; font-size:22px; cursor:pointer; line-height:1; }
dl { margin:0 0 8px; }
.field { display:grid; grid-template-columns: 110px 1fr; gap:6px; padding:2px 0; }
dt { color:var(--muted); } dd { margin:0; overflow-wrap:anywhere; }
h3 { font-size:13px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); margin:16px 0 6px; }
.relations, .evidence { list-style:none; margin:0; padding:0; }
.relation { border-top:1px solid var(--line); padding:6px 0; }
.predicate { font-weight:600; font-size:12px; background:#f0f0f3; border-radius:4px; padding:1px 5px; }
.factuality { font-size:12px; font-style:italic; color:#a33; }
.event-type, .weight, .source, .hint { color:var(--muted); font-size:12px; }
.link { border:none; background:none; color:var(--accent); cursor:pointer; padding:0; text-decoration:underline; }
.sentence { margin:4px 0 2px; line-height:1.4; overflow-wrap:anywhere; }
mark { background:#ffe58a; padding:0 1px; }
@media (max-width: 760px) {
  body { grid-template-columns: 1fr; grid-template-rows: auto 1fr auto; grid-template-areas: "top" "graph" "details"; }
  header { flex-wrap:wrap; } .search { max-width:none; order:3; flex-basis:100%; }
  #toggle-filters { display:inline-block; }
  #filters { display:none; position:absolute; z-index:5; top:96px; left:0; width:85vw; max-height:70vh; box-shadow:0 4px 16px rgba(0,0,0,.2); }
  #filters.open { display:block; }
  #details { max-height:45vh; border-left:none; border-top:1px solid var(--line); }
}`;

/** The explore page for a laid-out graph. */
export function renderPage(graph: KnowledgeGraph): string {
  const data = pageData(graph);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'">
<link rel="icon" href="data:,">
<title>kg — knowledge graph explorer</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>kg</h1>
  <span id="summary"></span>
  <div class="search">
    <input id="search" type="search" role="searchbox" aria-label="Search entities by name or alias" aria-autocomplete="list" aria-controls="search-results" aria-expanded="false" placeholder="Search people, countries, events… ( / )" autocomplete="off">
    <ul id="search-results" role="listbox" aria-label="Matching entities" hidden></ul>
  </div>
  <button id="toggle-filters" type="button" aria-expanded="false" aria-controls="filters">Filters</button>
  <button id="save-png" type="button">Save PNG</button>
</header>
<nav id="filters" aria-label="Filters">
  <h2 id="legend-title">Categories</h2>
  <div id="legend" class="toggles" role="group" aria-labelledby="legend-title"></div>
  <h2 id="predicates-title">Relations</h2>
  <div id="predicates" class="toggles" role="group" aria-labelledby="predicates-title"></div>
  <div id="event-types-box"><h2 id="event-types-title">Event types</h2>
  <div id="event-types" class="toggles" role="group" aria-labelledby="event-types-title"></div></div>
  <div id="dates-box" class="dates"><h2>Dates</h2>
    <label>From <input id="date-from" type="date"></label>
    <label>To <input id="date-to" type="date"></label></div>
</nav>
<main id="graph" tabindex="0" aria-label="Graph: drag to pan, scroll or + and - to zoom, arrows to move, 0 to reset"></main>
<aside id="details" role="region" aria-label="Details" aria-live="polite"></aside>
<script type="application/json" id="kg-data">${scriptJson(data)}</script>
<script>${pageScript()}</script>
</body>
</html>
`;
}
