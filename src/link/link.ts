/**
 * link: one node per real entity across the corpus. The per-document stages give each mention the key of what it
 * names in its document; this stage decides which keys of different documents (and which a document left apart)
 * are the same entity, and says why:
 *
 * - `link.same-name`: people who share a full name (two words or more; accents, dots and an Arabic article aside)
 *   are one person. A surname alone never links documents: one-word names the documents left unresolved keep a
 *   key of their own document (`person:biden@doc`).
 * - `link.acronym`: an organisation named by an acronym is the one organisation of the corpus that the acronym
 *   stands for — one a document defined it for ("the Syrian Democratic Forces (SDF)"), or the one in the same
 *   document whose initials it is ("IRGC", "Islamic Revolutionary Guard Corps").
 * - `link.plural`: "Houthi" and "Houthis" are one organisation.
 * - `link.same-event`: the same meeting, call or attack reported by several documents — events of one kind
 *   (the same head noun) with two participants in common, or one and the same place, and dates at most three days
 *   apart when both are dated — is one event.
 * - `corrections.*`: what the user's corrections file says (see corrections.ts): `same` joins, `different`
 *   forbids a join, `not-entity` drops a node, `rename` relabels it.
 *
 * Pure: extractions in, a map from key to canonical key (with the rule and evidence of each join) out; the same
 * input gives the same map in any order.
 */
import { fold } from '../lexicon/index.js';
import type { Extraction } from '../model.js';
import type { Corrections } from './corrections.js';

/** Why a key was joined to its canonical key: the rule, and the name, document or date pair that decided. */
export interface Join {
  key: string;
  rule: string;
  evidence: string;
}

export interface Linking {
  /** Each key that is not its own canonical key → the canonical key and why. */
  joins: Map<string, Join>;
  /** Keys the user said are not entities. */
  dropped: Set<string>;
  /** Labels the user gave. */
  labels: Map<string, string>;
}

const nameForm = (s: string) => fold(s).replace(/\./g, '').replace(/(^|\s)(al|el)[-‐]/g, '$1').replace(/\s+/g, ' ').trim();
const isAcronym = (s: string) => /^\p{Lu}[\p{Lu}&]{1,6}$/u.test(s);
const STOP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', 'du', 'des', 'el', 'al']);
const initials = (s: string) =>
  s
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
const DAY = 86_400_000;

interface Info {
  key: string;
  category: string;
  label: string;
  names: Set<string>;
  documents: Set<string>;
  mentions: number;
  dates: Set<string>;
  rules: Set<string>;
}

/** Union-find with the reason of every join and the user's "different" pairs as cannot-links. */
class Components {
  private parent = new Map<string, string>();
  private reasons = new Map<string, { rule: string; evidence: string; to: string }>();
  constructor(
    private readonly weight: (k: string) => number,
    private readonly apart: Array<[string, string]>,
  ) {}
  find(k: string): string {
    let r = k;
    while (this.parent.has(r)) r = this.parent.get(r)!;
    return r;
  }
  members(root: string, all: Iterable<string>): string[] {
    return [...all].filter((k) => this.find(k) === root);
  }
  join(a: string, b: string, rule: string, evidence: string, all: Iterable<string>): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    if (rule !== 'corrections.same' && this.apart.length) {
      const [ma, mb] = [this.members(ra, all), this.members(rb, all)];
      if (this.apart.some(([x, y]) => (ma.includes(x) && mb.includes(y)) || (ma.includes(y) && mb.includes(x)))) return false;
    }
    // the root is the heavier key (more mentions), then the smaller: order-independent
    const [root, child] = this.weight(ra) > this.weight(rb) || (this.weight(ra) === this.weight(rb) && ra < rb) ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    this.reasons.set(child, { rule, evidence, to: child === rb ? a : b });
    return true;
  }
  /** Every key's canonical key, with the rule and evidence of the join that brought it (or its root) in. */
  result(all: Iterable<string>): Map<string, Join> {
    const out = new Map<string, Join>();
    for (const k of all) {
      const root = this.find(k);
      if (root === k) continue;
      let r = k;
      while (!this.reasons.has(r)) r = this.parent.get(r)!;
      const why = this.reasons.get(r)!;
      out.set(k, { key: root, rule: why.rule, evidence: why.evidence });
    }
    return out;
  }
}

/** Decides which keys of the corpus are one entity. */
export function linkCorpus(extractions: readonly Extraction[], corrections?: Corrections): Linking {
  const info = new Map<string, Info>();
  for (const x of extractions) {
    for (const e of x.entities) {
      let i = info.get(e.key);
      if (!i) info.set(e.key, (i = { key: e.key, category: e.category, label: e.label, names: new Set(), documents: new Set(), mentions: 0, dates: new Set(), rules: new Set() }));
      i.names.add(e.label);
      for (const a of e.aliases) i.names.add(a);
      i.documents.add(x.doc.id);
      i.mentions += e.mentions;
      if (e.date) i.dates.add(e.date);
      for (const r of e.rules) i.rules.add(r.split('+')[0]);
    }
  }
  const keys = [...info.keys()].sort();
  const byLabel = (s: string) => (info.has(s) ? [s] : keys.filter((k) => info.get(k)!.label.toLowerCase() === s.toLowerCase()));
  const apart: Array<[string, string]> = [];
  for (const [a, b] of corrections?.different ?? []) for (const x of byLabel(a)) for (const y of byLabel(b)) apart.push([x, y]);
  const uf = new Components((k) => info.get(k)?.mentions ?? 0, apart);
  const join = (a: string, b: string, rule: string, evidence: string) => uf.join(a, b, rule, evidence, keys);

  // the user's joins first: they win over everything the rules would do
  for (const [a, b] of corrections?.same ?? []) {
    const [xs, ys] = [byLabel(a), byLabel(b)];
    for (const x of xs) for (const y of ys) join(x, y, 'corrections.same', `${a} = ${b}`);
  }

  // people: one full name, one person
  const byName = new Map<string, string[]>();
  for (const k of keys) {
    const i = info.get(k)!;
    if (i.category !== 'Person' || k.includes('@')) continue;
    for (const n of i.names) {
      if (n.split(/\s+/).length < 2) continue;
      const f = nameForm(n);
      byName.set(f, [...(byName.get(f) ?? []), k]);
    }
  }
  for (const [name, ks] of [...byName].sort((a, b) => (a[0] < b[0] ? -1 : 1))) for (const k of ks.slice(1)) join(ks[0], k, 'link.same-name', name);

  // organisations: acronyms, and singular = plural
  const orgs = keys.filter((k) => info.get(k)!.category === 'Organization');
  const expansions = new Map<string, Set<string>>();
  for (const k of orgs) {
    const i = info.get(k)!;
    if (isAcronym(i.label)) continue;
    for (const n of i.names) if (isAcronym(n)) expansions.set(n, (expansions.get(n) ?? new Set()).add(k));
  }
  for (const k of orgs) {
    const i = info.get(k)!;
    if (!isAcronym(i.label)) continue;
    const defined = [...(expansions.get(i.label) ?? [])];
    const spelled = defined.length || i.label.length < 3 ? [] : orgs.filter((o) => o !== k && !isAcronym(info.get(o)!.label) && initials(info.get(o)!.label) === i.label && [...info.get(o)!.documents].some((d) => i.documents.has(d)));
    const to = defined.length === 1 ? defined : spelled.length === 1 ? spelled : [];
    if (to.length) join(to[0], k, 'link.acronym', `${i.label} = ${info.get(to[0])!.label}`);
  }
  // "Houthi" and "Houthis" when the lexicon knows the plural as the group's name ("Time" is not "Times")
  const orgByLabel = new Map(orgs.filter((k) => info.get(k)!.rules.has('gazetteer.organization')).map((k) => [nameForm(info.get(k)!.label), k]));
  for (const k of orgs) {
    const f = nameForm(info.get(k)!.label);
    const plural = orgByLabel.get(`${f}s`);
    if (plural) join(plural, k, 'link.plural', `${info.get(k)!.label} = ${info.get(plural)!.label}`);
  }

  // events: one kind, shared participants or place, compatible dates
  const roles = new Map<string, { actors: Set<string>; places: Set<string> }>();
  for (const x of extractions) {
    for (const r of x.relations) {
      const isEvent = (k: string) => info.get(k)?.category === 'Event' || info.get(k)?.category === 'Proposal';
      const ev = isEvent(r.target) ? r.target : isEvent(r.source) ? r.source : undefined;
      if (!ev || r.factuality) continue;
      const other = ev === r.target ? r.source : r.target;
      const slot = roles.get(ev) ?? { actors: new Set<string>(), places: new Set<string>() };
      if (r.predicate === 'HELD_IN') slot.places.add(other);
      else if (r.predicate !== 'ABOUT') slot.actors.add(other);
      roles.set(ev, slot);
    }
  }
  const events = keys.filter((k) => (info.get(k)!.category === 'Event' || info.get(k)!.category === 'Proposal') && roles.has(k));
  const head = (k: string) => fold(info.get(k)!.label).split(/\s+/).filter((w) => !STOP.has(w))[0] ?? '';
  const lastWord = (k: string) => fold(info.get(k)!.label.split(/\s+on\s+/)[0]).split(/\s+/).pop() ?? '';
  // compared within buckets of one head word, so that a corpus of many events is not compared pair by pair
  const buckets = new Map<string, string[]>();
  for (const k of events) for (const w of new Set([head(k), lastWord(k)])) buckets.set(w, [...(buckets.get(w) ?? []), k]);
  const pairs = new Set<string>();
  for (const bucket of [...buckets.keys()].sort().map((w) => buckets.get(w)!)) {
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
      const [x, y] = [bucket[a], bucket[b]];
      if (pairs.has(`${x}\u0000${y}`)) continue;
      pairs.add(`${x}\u0000${y}`);
      const [ix, iy] = [info.get(x)!, info.get(y)!];
      if ([...ix.documents].some((d) => iy.documents.has(d))) continue; // within a document, resolve decided
      if (lastWord(x) !== lastWord(y) && head(x) !== head(y)) continue;
      const [dx, dy] = [[...ix.dates][0], [...iy.dates][0]];
      if (dx && dy && Math.abs(Date.parse(dx) - Date.parse(dy)) > 3 * DAY) continue;
      const [rx, ry] = [roles.get(x)!, roles.get(y)!];
      const canon = (k: string) => uf.find(k);
      const shared = [...rx.actors].filter((k) => [...ry.actors].some((o) => canon(o) === canon(k)));
      const place = [...rx.places].some((k) => [...ry.places].some((o) => canon(o) === canon(k)));
      if (ix.category !== iy.category) continue;
      // a proposal is one when its name and a proposer are; an event when two participants, or one and the place, are
      const same = ix.category === 'Proposal' ? nameForm(ix.label) === nameForm(iy.label) && shared.length >= 1 : shared.length >= 2 || (shared.length >= 1 && place);
      if (same) join(x, y, 'link.same-event', `${ix.label} / ${iy.label}: ${shared.join(', ')}${place ? ' at the same place' : ''}${dx && dy ? `, ${dx} / ${dy}` : ''}`);
    }
  }
  }

  const dropped = new Set<string>();
  for (const n of corrections?.notEntity ?? []) for (const k of byLabel(n)) dropped.add(uf.find(k));
  const labels = new Map<string, string>();
  for (const [n, label] of corrections?.rename ?? []) for (const k of byLabel(n)) labels.set(uf.find(k), label);
  return { joins: uf.result(keys), dropped, labels };
}
