/**
 * explore/browser: the page's script. Reads the graph the build embedded, renders it with sigma.js (WebGL),
 * and wires search, details, filters, hover and PNG export. All article text is set with textContent: it is
 * shown, never parsed as HTML.
 */
import { downloadAsPNG } from '@sigma/export-image';
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { PageData } from '../data.js';

type Attrs = Record<string, unknown> & { label: string; category: string; dates?: [string, string] };
type EdgeAttrs = Record<string, unknown> & {
  predicate: string;
  eventType?: string;
  factuality?: string;
  weight: number;
  dates?: [string, string];
  evidence: Array<{ document: string; sentence: number; start: number; end: number; text: string; rule: string }>;
};

const data = JSON.parse(document.getElementById('kg-data')!.textContent!) as PageData;
const graph = new Graph<Attrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: false });
graph.import(data.graph as never);
const documents = new Map((data.graph.attributes?.documents ?? []).map((d) => [d.id, d]));

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

// ---------------------------------------------------------------- state
const hiddenCategories = new Set<string>();
const hiddenPredicates = new Set<string>();
const hiddenEventTypes = new Set<string>();
let dateFrom = data.dateRange?.[0] ?? '';
let dateTo = data.dateRange?.[1] ?? '';
let hovered: string | null = null;
let hoveredEdge: string | null = null;
let selected: string | null = null;

const inDates = (d?: [string, string]) => !d || !dateFrom || !dateTo || (d[1] >= dateFrom && d[0] <= dateTo);
const nodeVisible = (n: string) => {
  const a = graph.getNodeAttributes(n);
  return !hiddenCategories.has(a.category) && inDates(a.dates);
};
const edgeVisible = (e: string) => {
  const a = graph.getEdgeAttributes(e);
  return (
    !hiddenPredicates.has(a.predicate) &&
    !(a.eventType && hiddenEventTypes.has(a.eventType)) &&
    inDates(a.dates) &&
    nodeVisible(graph.source(e)) &&
    nodeVisible(graph.target(e))
  );
};

// ---------------------------------------------------------------- renderer
const container = $('graph');
const focus = () => hovered ?? selected;
// on large graphs, edges and labels are left out while the camera moves (inferred from the graph's size)
const large = graph.order > 1000 || graph.size > 3000;
// and drawn with WebGL programs that need no instancing (one vertex per node, two per edge): software WebGL
// (no GPU) spends most of a frame setting up instances. Edges then are 1-pixel lines; the focused ones keep arrows.
const nodeType = large ? 'point' : 'circle';
const edgeType = large ? 'thin' : 'arrow';
const renderer = new Sigma(graph as never, container, {
  hideEdgesOnMove: large,
  hideLabelsOnMove: large,
  defaultEdgeType: 'arrow',
  nodeProgramClasses: { point: NodePointProgram },
  edgeProgramClasses: { thin: EdgeLineProgram },
  renderEdgeLabels: false,
  enableEdgeEvents: true,
  labelDensity: 0.25,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 6,
  stagePadding: 40,
  labelFont: 'system-ui, sans-serif',
  edgeLabelFont: 'system-ui, sans-serif',
  edgeLabelSize: 11,
  zIndex: true,
  nodeReducer: (node, attrs) => {
    const out: Partial<NodeDisplayData> = { ...attrs, type: nodeType };
    if (!nodeVisible(node)) return { ...out, hidden: true };
    const f = focus();
    if (f) {
      if (node === f || graph.areNeighbors(node, f)) {
        out.highlighted = node === f;
        out.forceLabel = true;
        out.zIndex = 1;
      } else {
        // dimmed, and small enough not to cover the focused node's edges (they are drawn below the nodes)
        out.color = '#e4e4e4';
        out.size = Math.max(1, (attrs.size as number) / 3);
        out.label = '';
        out.zIndex = 0;
      }
    }
    return out;
  },
  edgeReducer: (edge, attrs) => {
    const out: Partial<EdgeDisplayData> = { ...attrs, type: edgeType, size: Math.min(1 + Math.log2(1 + (attrs.weight as number)), 6), color: '#b8b8b8' };
    if (!edgeVisible(edge)) return { ...out, hidden: true };
    const f = focus();
    if (f && !graph.hasExtremity(edge, f)) return { ...out, hidden: true };
    if (f || edge === hoveredEdge) {
      out.color = '#555555';
      out.type = 'arrow';
      out.forceLabel = true;
      out.zIndex = 1;
    }
    return out;
  },
});

// edge labels (the predicate) when zoomed in, on a hovered edge, and around the focused node (its other edges are hidden)
const camera = renderer.getCamera();
const syncEdgeLabels = () => {
  const show = camera.getState().ratio < 0.35 || !!hoveredEdge || !!focus();
  if (renderer.getSetting('renderEdgeLabels') !== show) renderer.setSetting('renderEdgeLabels', show);
};
camera.on('updated', syncEdgeLabels);

const redraw = () => {
  syncEdgeLabels();
  renderer.refresh({ skipIndexation: true });
};
renderer.on('enterNode', ({ node }) => {
  hovered = node;
  container.style.cursor = 'pointer';
  redraw();
});
renderer.on('leaveNode', () => {
  hovered = null;
  container.style.cursor = '';
  redraw();
});
renderer.on('enterEdge', ({ edge }) => {
  hoveredEdge = edge;
  redraw();
});
renderer.on('leaveEdge', () => {
  hoveredEdge = null;
  redraw();
});
renderer.on('clickNode', ({ node }) => select(node));
renderer.on('clickStage', () => select(null));

// ---------------------------------------------------------------- details
const details = $('details');

/** The sentence, with every occurrence of the given names marked. */
function highlighted(text: string, names: string[]): HTMLElement {
  const p = el('p', { className: 'sentence' });
  const wanted = names.filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  let i = 0;
  while (i < text.length) {
    let hit: string | undefined;
    let at = text.length;
    for (const n of wanted) {
      const k = lower.indexOf(n.toLowerCase(), i);
      if (k >= 0 && (k < at || (k === at && hit && n.length > hit.length))) {
        at = k;
        hit = n;
      }
    }
    if (!hit) break;
    p.append(text.slice(i, at), el('mark', { textContent: text.slice(at, at + hit.length) }));
    i = at + hit.length;
  }
  p.append(text.slice(i));
  return p;
}

function field(name: string, value: unknown): HTMLElement | null {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === '') return null;
  return el('div', { className: 'field' }, el('dt', { textContent: name }), el('dd', { textContent: Array.isArray(value) ? value.join(', ') : String(value) }));
}

function relationList(node: string, direction: 'out' | 'in'): HTMLElement {
  const edges = direction === 'out' ? graph.outEdges(node) : graph.inEdges(node);
  const list = el('ul', { className: 'relations' });
  const names = (n: string) => {
    const a = graph.getNodeAttributes(n);
    return [a.label, ...((a.aliases as string[]) ?? [])];
  };
  for (const e of edges) {
    const a = graph.getEdgeAttributes(e);
    const other = direction === 'out' ? graph.target(e) : graph.source(e);
    const go = el('button', { className: 'link', type: 'button', textContent: graph.getNodeAttribute(other, 'label') });
    go.addEventListener('click', () => select(other, true));
    const head = el('div', { className: 'relation-head' }, el('span', { className: 'predicate', textContent: a.predicate }), a.factuality ? el('span', { className: 'factuality', textContent: ` ${a.factuality}` }) : '', ' ', go, a.eventType ? el('span', { className: 'event-type', textContent: ` ${a.eventType}` }) : '', el('span', { className: 'weight', textContent: ` ×${a.weight}` }));
    const ev = el('ul', { className: 'evidence' });
    for (const x of a.evidence) {
      const doc = documents.get(x.document);
      const source = el('div', { className: 'source', textContent: `${doc?.title ?? x.document}${doc?.date ? ` · ${doc.date}` : ''} · sentence ${x.sentence + 1} · ${x.rule}` });
      ev.append(el('li', {}, highlighted(x.text, [...names(node), ...names(other)]), source));
    }
    const item = el('li', { className: 'relation' }, head, ev);
    item.dataset.predicate = a.predicate;
    list.append(item);
  }
  return list;
}

function showDetails(node: string | null) {
  details.replaceChildren();
  if (!node) {
    details.append(el('p', { className: 'hint', textContent: 'Click a node or search for an entity to see its relations and the sentences behind them.' }));
    return;
  }
  const a = graph.getNodeAttributes(node);
  const close = el('button', { type: 'button', className: 'close', textContent: '×', title: 'Close (Esc)' });
  close.setAttribute('aria-label', 'Close details');
  close.addEventListener('click', () => select(null));
  const docs = ((a.documents as string[]) ?? []).map((d) => documents.get(d)?.title ?? d);
  const fields = [
    field('Category', a.category),
    field('Aliases', a.aliases),
    field('Titles', a.titles),
    field('ISO 3166 code', a.iso3),
    field('Country', a.country),
    field('Date', a.date),
    field('Mentions', a.mentions),
    field('Documents', docs),
    field('Key', node),
  ].filter((x): x is HTMLElement => !!x);
  details.append(
    el('div', { className: 'details-head' }, el('h2', { textContent: a.label }), close),
    el('dl', {}, ...fields),
    el('h3', { textContent: `Relations out (${graph.outDegree(node)})` }),
    relationList(node, 'out'),
    el('h3', { textContent: `Relations in (${graph.inDegree(node)})` }),
    relationList(node, 'in'),
  );
}

function select(node: string | null, centre = false) {
  selected = node;
  showDetails(node);
  details.classList.toggle('open', !!node);
  if (node && centre) {
    const d = renderer.getNodeDisplayData(node);
    if (d) camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.getState().ratio, 0.5) }, { duration: 400 });
  }
  redraw();
}

// ---------------------------------------------------------------- search
const input = $<HTMLInputElement>('search');
const listbox = $<HTMLUListElement>('search-results');
let options: Array<[string, string, string]> = [];
let active = -1;

function renderOptions() {
  listbox.replaceChildren(
    ...options.map(([, key, name], i) => {
      const a = graph.getNodeAttributes(key);
      const li = el('li', { id: `opt-${i}`, className: i === active ? 'active' : '' }, el('span', { textContent: name }), el('span', { className: 'opt-category', textContent: name === a.label ? a.category : `${a.label} · ${a.category}` }));
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(i);
      });
      return li;
    }),
  );
  listbox.hidden = options.length === 0;
  input.setAttribute('aria-expanded', String(options.length > 0));
  if (active >= 0) input.setAttribute('aria-activedescendant', `opt-${active}`);
  else input.removeAttribute('aria-activedescendant');
}

input.addEventListener('input', () => {
  const q = input.value.trim().toLowerCase();
  active = -1;
  if (!q) {
    options = [];
    return renderOptions();
  }
  const seen = new Set<string>();
  const starts = data.search.filter(([n]) => n.startsWith(q));
  const contains = data.search.filter(([n]) => !n.startsWith(q) && n.includes(q));
  options = [...starts, ...contains].filter(([, key]) => !seen.has(key) && seen.add(key)).slice(0, 12);
  renderOptions();
});
input.addEventListener('keydown', (ev) => {
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    ev.preventDefault();
    if (!options.length) return;
    active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
    renderOptions();
  } else if (ev.key === 'Enter') {
    if (options.length) choose(Math.max(active, 0));
  } else if (ev.key === 'Escape') {
    options = [];
    renderOptions();
  }
});
input.addEventListener('blur', () => setTimeout(() => ((options = []), renderOptions()), 150));

function choose(i: number) {
  const [, key, name] = options[i];
  input.value = name;
  options = [];
  renderOptions();
  if (!nodeVisible(key)) {
    hiddenCategories.delete(graph.getNodeAttribute(key, 'category'));
    syncFilters();
  }
  select(key, true);
}

// ---------------------------------------------------------------- filters
function toggleButton(name: string, color: string | null, count: number, hidden: Set<string>): HTMLElement {
  const b = el('button', { type: 'button', className: 'toggle' }, color ? el('span', { className: 'swatch', style: `background:${color}` } as never) : '', el('span', { textContent: name }), el('span', { className: 'count', textContent: String(count) }));
  b.setAttribute('aria-pressed', String(!hidden.has(name)));
  b.dataset.name = name;
  b.addEventListener('click', () => {
    if (hidden.has(name)) hidden.delete(name);
    else hidden.add(name);
    syncFilters();
  });
  return b;
}

function syncFilters() {
  for (const [id, hidden] of [['legend', hiddenCategories], ['predicates', hiddenPredicates], ['event-types', hiddenEventTypes]] as const) {
    for (const b of $(id).querySelectorAll<HTMLButtonElement>('button.toggle')) b.setAttribute('aria-pressed', String(!hidden.has(b.dataset.name!)));
  }
  if (selected && !nodeVisible(selected)) select(null);
  renderer.refresh({ skipIndexation: true });
}

$('legend').append(...data.categories.map((c) => toggleButton(c.name, c.color, c.count, hiddenCategories)));
$('predicates').append(...data.predicates.map((p) => toggleButton(p.name, null, p.count, hiddenPredicates)));
$('event-types').append(...data.eventTypes.map((p) => toggleButton(p.name, null, p.count, hiddenEventTypes)));
if (!data.eventTypes.length) $('event-types-box').hidden = true;

if (data.dateRange) {
  const from = $<HTMLInputElement>('date-from');
  const to = $<HTMLInputElement>('date-to');
  for (const i of [from, to]) Object.assign(i, { min: data.dateRange[0], max: data.dateRange[1] });
  from.value = dateFrom;
  to.value = dateTo;
  const update = () => {
    dateFrom = from.value || data.dateRange![0];
    dateTo = to.value || data.dateRange![1];
    syncFilters();
  };
  from.addEventListener('change', update);
  to.addEventListener('change', update);
} else $('dates-box').hidden = true;

// ---------------------------------------------------------------- actions and keyboard
$('save-png').addEventListener('click', () => downloadAsPNG(renderer, { fileName: 'kg-graph', backgroundColor: '#ffffff' }));
$('toggle-filters').addEventListener('click', (ev) => {
  const b = ev.currentTarget as HTMLButtonElement;
  const open = b.getAttribute('aria-expanded') !== 'true';
  b.setAttribute('aria-expanded', String(open));
  $('filters').classList.toggle('open', open);
});
container.addEventListener('keydown', (ev) => {
  const s = camera.getState();
  const step = 0.1 * s.ratio;
  const moves: Record<string, Partial<typeof s>> = {
    '+': { ratio: s.ratio / 1.5 },
    '=': { ratio: s.ratio / 1.5 },
    '-': { ratio: s.ratio * 1.5 },
    '0': { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
    ArrowLeft: { x: s.x - step },
    ArrowRight: { x: s.x + step },
    ArrowUp: { y: s.y + step },
    ArrowDown: { y: s.y - step },
  };
  if (moves[ev.key]) {
    ev.preventDefault();
    camera.animate(moves[ev.key], { duration: 150 });
  }
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && selected) select(null);
  if (ev.key === '/' && document.activeElement !== input) {
    ev.preventDefault();
    input.focus();
  }
});

showDetails(null);
$('summary').textContent = `${graph.order} nodes · ${graph.size} edges · ${documents.size} document${documents.size === 1 ? '' : 's'}`;
document.body.dataset.ready = 'true';
(window as unknown as { kg: unknown }).kg = { graph, renderer, select };
