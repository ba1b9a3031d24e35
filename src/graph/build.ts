/**
 * graph: turns the extractions of many documents into one graphology directed multigraph.
 * Nodes are merged by canonical key (mergeNode); an edge is one (source, predicate, target) whose
 * weight counts its supporting evidence (updateEdgeWithKey); nothing is duplicated.
 */
import Graph from 'graphology';
import { linkCorpus } from '../link/link.js';
import type { Corrections } from '../link/corrections.js';
import type { Category, Diagnostic, Evidence, Extraction, Factuality, SourceDocument } from '../model.js';

/** Node attributes, shared by GEXF, ForceAtlas2 and sigma.js (`label`, `x`, `y`, `size`, `color`). */
export interface NodeAttributes {
  label: string;
  category: Category;
  aliases: string[];
  titles?: string[];
  iso3?: string;
  country?: string;
  sector?: string;
  date?: string;
  mentions: number;
  documents: string[];
  /** Mentions per document, in the order of `documents`. */
  documentMentions: number[];
  /** Provenance of each mention: `document#sSENTENCE[start:end]`. */
  spans: string[];
  rules: string[];
  /** Why its names are one entity: `ALIAS ← RULE: EVIDENCE`, one per alias or joined key (`kg explain` prints them). */
  mergedBy?: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  label: string;
  predicate: string;
  /** PLOVER category of an event edge, its CAMEO code and PLOVER mode. */
  eventType?: string;
  cameo?: string;
  mode?: string;
  /** Absent for what the text states as fact; else how it states it ("negated", "intended", "demanded", "reported"). */
  factuality?: Exclude<Factuality, 'asserted'>;
  weight: number;
  evidence: Evidence[];
  documents: string[];
}

export interface GraphAttributes {
  name: string;
  creator: string;
  description: string;
  documentCount: number;
  documents: Array<Omit<SourceDocument, 'text' | 'origin'>>;
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const union = (a: readonly string[] | undefined, b: readonly string[] | undefined) => {
  const out = [...(a ?? [])];
  for (const x of b ?? []) if (!out.includes(x)) out.push(x);
  return out;
};

/**
 * The key of an edge: one per (source, predicate, target) for what the text states as fact, and one more per
 * factuality otherwise ("Trump had not met Shapiro" is `person:trump|MET_WITH|person:shapiro|negated`), so that what
 * did not happen is never merged into what did.
 */
export const edgeKey = (source: string, predicate: string, target: string, factuality?: string) => `${source}|${predicate}|${target}${factuality && factuality !== 'asserted' ? `|${factuality}` : ''}`;

export interface GraphOptions {
  /** The user's corrections of entity resolution (`kg build --resolve FILE`). */
  corrections?: Corrections;
}

/**
 * Builds the graph from extractions, in a stable order (keys sorted), so equal input gives equal output. Keys the
 * link stage finds to be one entity become one node, holding why (`mergedBy`). Left out: events and proposals in no
 * relation, and one-word person names no full name explains that are in no relation.
 */
export function buildGraph(extractions: Iterable<Extraction>, options: GraphOptions = {}): { graph: KnowledgeGraph; diagnostics: Diagnostic[] } {
  const graph: KnowledgeGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const diagnostics: Diagnostic[] = [];
  const documents: GraphAttributes['documents'] = [];
  const entities = new Map<string, Extraction['entities'][number]>();
  const perDocument = new Map<string, Map<string, number>>();
  const relations = new Map<string, Extraction['relations'][number]>();
  // documents in id order: the graph does not depend on the order (or the machines) they were extracted in
  const ordered = [...extractions].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const linking = linkCorpus(ordered, options.corrections);
  const canon = (k: string) => linking.joins.get(k)?.key ?? k;
  for (const x of ordered) {
    documents.push({ id: x.doc.id, ...(x.doc.date ? { date: x.doc.date } : {}), ...(x.doc.title ? { title: x.doc.title } : {}), ...(x.doc.url ? { url: x.doc.url } : {}) });
    for (const e of x.entities) {
      const key = canon(e.key);
      const counts = perDocument.get(key) ?? new Map<string, number>();
      counts.set(x.doc.id, (counts.get(x.doc.id) ?? 0) + e.mentions);
      perDocument.set(key, counts);
      const join = linking.joins.get(e.key);
      const joined = join ? [`${e.label} ← ${join.rule}: ${join.evidence}`] : [];
      const prev = entities.get(key);
      if (!prev) entities.set(key, { ...e, key, aliases: [...e.aliases], documents: [...e.documents], spans: [...(e.spans ?? [])], rules: [...e.rules], titles: e.titles && [...e.titles], mergedBy: [...(e.mergedBy ?? []), ...joined] });
      else {
        // the canonical key's own label names the node
        if (e.key === key && prev.label !== e.label) {
          prev.aliases = union(prev.aliases, [prev.label]);
          prev.label = e.label;
        }
        // and its category: "Burisma" guessed a person elsewhere is the organisation
        if (e.key === key) prev.category = e.category;
        prev.mentions += e.mentions;
        prev.aliases = union(prev.aliases, [...e.aliases, ...(e.label !== prev.label ? [e.label] : [])]).filter((a) => a !== prev.label);
        prev.mergedBy = union(prev.mergedBy, [...(e.mergedBy ?? []), ...joined]);
        prev.documents = union(prev.documents, e.documents);
        prev.spans = union(prev.spans, e.spans);
        prev.rules = union(prev.rules, e.rules);
        if (e.titles) prev.titles = union(prev.titles, e.titles);
        prev.date ??= e.date;
      }
    }
    for (const rel of x.relations) {
      const r = { ...rel, source: canon(rel.source), target: canon(rel.target) };
      if (r.source === r.target) continue; // "Houthi" against "Houthis", once they are one
      const k = edgeKey(r.source, r.predicate, r.target, r.factuality);
      const prev = relations.get(k);
      if (!prev) relations.set(k, { ...r, evidence: [...r.evidence] });
      else for (const ev of r.evidence) if (!prev.evidence.some((p) => p.document === ev.document && p.start === ev.start && p.end === ev.end)) prev.evidence.push(ev);
    }
  }
  // what the user said is not an entity goes with its edges, before deciding what is linked
  for (const [k, r] of relations) if (linking.dropped.has(r.source) || linking.dropped.has(r.target)) relations.delete(k);
  for (const name of linking.unmatched) diagnostics.push({ docId: '', stage: 'graph', rule: 'corrections.unmatched', severity: 'warning', message: `corrections: "${name}" names no node (give a node key or label as graph.json has it)` });
  // events and proposals that nothing points to are noise ("a meeting" said in passing)
  const linked = new Set<string>();
  for (const r of relations.values()) linked.add(r.source).add(r.target);
  for (const key of [...entities.keys()].sort()) {
    const e = entities.get(key)!;
    if (linking.dropped.has(key)) {
      diagnostics.push({ docId: e.documents[0], stage: 'graph', rule: 'corrections.not-entity', severity: 'info', message: `"${e.label}" is not an entity (corrections); left out with its edges` });
      continue;
    }
    const label = linking.labels.get(key);
    if (label && label !== e.label) {
      e.aliases = union(e.aliases, [e.label]).filter((a) => a !== label);
      e.mergedBy = [...(e.mergedBy ?? []), `${e.label} ← corrections.rename: ${label}`];
      e.label = label;
    }
    // a one-word name that no full name of its document explains, in no relation: a guess that says nothing
    if (e.category === 'Person' && key.includes('@') && !e.label.includes(' ') && !linked.has(key)) {
      diagnostics.push({ docId: e.documents[0], stage: 'graph', rule: 'graph.unresolved-name', severity: 'info', message: `"${e.label}" names no one the document names in full and takes part in no relation; left out` });
      continue;
    }
    // letters in capitals only guessed to be an organisation, that no document defines and no relation reads ("URL", "FAQ")
    if (e.category === 'Organization' && e.rules.every((r) => r === 'tagger.organization-acronym') && !linked.has(key)) {
      diagnostics.push({ docId: e.documents[0], stage: 'graph', rule: 'graph.unsupported-acronym', severity: 'info', message: `"${e.label}" is only guessed to be an organisation (no document defines it, no relation reads it); left out` });
      continue;
    }
    if ((e.category === 'Event' || e.category === 'Proposal') && !linked.has(key)) {
      diagnostics.push({ docId: e.documents[0], stage: 'graph', rule: 'graph.unlinked-event', severity: 'info', message: `${e.category} "${e.label}" has no relation; left out` });
      continue;
    }
    graph.mergeNode(key, {
      label: e.label,
      category: e.category,
      aliases: [...e.aliases].sort(),
      ...(e.titles?.length ? { titles: e.titles } : {}),
      ...(e.iso3 ? { iso3: e.iso3 } : {}),
      ...(e.country ? { country: e.country } : {}),
      ...(e.sector ? { sector: e.sector } : {}),
      ...(e.date ? { date: e.date } : {}),
      mentions: e.mentions,
      documents: [...e.documents].sort(),
      documentMentions: [...e.documents].sort().map((d) => perDocument.get(key)?.get(d) ?? 0),
      spans: e.spans ?? [],
      rules: [...e.rules].sort(),
      mergedBy: [...(e.mergedBy ?? [])].sort(),
      x: 0,
      y: 0,
      size: 1,
      color: '#999999',
    });
  }
  for (const k of [...relations.keys()].sort()) {
    const r = relations.get(k)!;
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) {
      diagnostics.push({ docId: r.evidence[0].document, start: r.evidence[0].start, end: r.evidence[0].end, stage: 'graph', rule: 'graph.dangling-relation', severity: 'warning', message: `relation ${k} names an entity that is not in the graph` });
      continue;
    }
    const evidence = [...r.evidence].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
    graph.updateEdgeWithKey(k, r.source, r.target, () => ({
      // what is not stated as fact says so on its label ("MET_WITH (negated)"), in Gephi and in the page
      label: r.factuality ? `${r.predicate} (${r.factuality})` : r.predicate,
      predicate: r.predicate,
      ...(r.eventType ? { eventType: r.eventType } : {}),
      ...(r.cameo ? { cameo: r.cameo } : {}),
      ...(r.mode ? { mode: r.mode } : {}),
      ...(r.factuality ? { factuality: r.factuality } : {}),
      weight: evidence.length,
      evidence,
      documents: [...new Set(evidence.map((e) => e.document))].sort(),
    }));
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  graph.replaceAttributes({
    name: 'kg knowledge graph',
    creator: 'kg',
    description: `Entities, events and relations read from ${documents.length} document(s)`,
    documentCount: documents.length,
    documents,
  });
  return { graph, diagnostics };
}
