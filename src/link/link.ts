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
 * - `link.organization-name`: one word a document guessed to be a person ("investigating Burisma") is the
 *   organisation of that name another document names ("the energy company Burisma").
 * - `link.national-body`: a body named by common words whose document gave no country ("the Democratic Party") is
 *   the one country's body of that name the corpus names (`org.national-body`), when it names only one.
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
import { GUESSES } from '../recognize/words.js';
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
  /** Names in the corrections that match no node (a typo, or an entity the corpus does not have). */
  unmatched: string[];
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
  labels: Map<string, number>;
  names: Set<string>;
  documents: Set<string>;
  mentions: number;
  dates: Set<string>;
  rules: Set<string>;
}

/**
 * Union-find with the reason of every join, the user's "different" pairs as cannot-links (checked against the
 * members of both sides, kept per root), and the dates of each side (an event group may not span more than a few
 * days, however it was chained).
 */
class Components {
  private parent = new Map<string, string>();
  private reasons = new Map<string, { rule: string; evidence: string }>();
  private members = new Map<string, Set<string>>();
  private span = new Map<string, [number, number]>();
  constructor(
    private readonly weight: (k: string) => number,
    private readonly apart: ReadonlyMap<string, ReadonlySet<string>>,
    dates: ReadonlyMap<string, readonly number[]>,
  ) {
    for (const [k, ds] of dates) if (ds.length) this.span.set(k, [Math.min(...ds), Math.max(...ds)]);
  }
  find(k: string): string {
    let r = k;
    while (this.parent.has(r)) r = this.parent.get(r)!;
    return r;
  }
  private of(root: string): Set<string> {
    return this.members.get(root) ?? new Set([root]);
  }
  /** Joins the entities of `a` and `b`; refused when the user said two of their keys differ, or (`maxDays`) when their dates lie further apart. */
  join(a: string, b: string, rule: string, evidence: string, maxDays?: number): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    const [ma, mb] = [this.of(ra), this.of(rb)];
    if (rule !== 'corrections.same' && this.apart.size) {
      const [small, large] = ma.size <= mb.size ? [ma, mb] : [mb, ma];
      for (const k of small) for (const other of this.apart.get(k) ?? []) if (large.has(other)) return false;
    }
    const [sa, sb] = [this.span.get(ra), this.span.get(rb)];
    const merged: [number, number] | undefined = sa && sb ? [Math.min(sa[0], sb[0]), Math.max(sa[1], sb[1])] : (sa ?? sb);
    if (maxDays !== undefined && merged && merged[1] - merged[0] > maxDays * DAY) return false;
    // the root is the heavier key (more mentions), then the smaller: order-independent; an acronym joins its
    // expansion, which names the node ("Council of Ex-Muslims of Britain", not "CEMB")
    const [root, child] = rule === 'link.acronym' || rule === 'link.national-body' || rule === 'link.organization-name' || this.weight(ra) > this.weight(rb) || (this.weight(ra) === this.weight(rb) && ra < rb) ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    this.reasons.set(child, { rule, evidence });
    const all = new Set([...ma, ...mb]);
    this.members.set(root, all);
    this.members.delete(child);
    if (merged) this.span.set(root, merged);
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
      if (!i) info.set(e.key, (i = { key: e.key, category: e.category, label: e.label, labels: new Map(), names: new Set(), documents: new Set(), mentions: 0, dates: new Set(), rules: new Set() }));
      i.labels.set(e.label, (i.labels.get(e.label) ?? 0) + 1);
      i.names.add(e.label);
      for (const a of e.aliases) i.names.add(a);
      i.documents.add(x.doc.id);
      i.mentions += e.mentions;
      if (e.date) i.dates.add(e.date);
      for (const r of e.rules) i.rules.add(r.split('+')[0]);
    }
  }
  // a key's label: the one its documents give most often, then the smallest (not the first seen: order-independent)
  for (const i of info.values()) i.label = [...i.labels].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  const keys = [...info.keys()].sort();
  const unmatched: string[] = [];
  const byLabel = (s: string) => {
    const ks = info.has(s) ? [s] : keys.filter((k) => info.get(k)!.label.toLowerCase() === s.toLowerCase());
    if (!ks.length && !unmatched.includes(s)) unmatched.push(s);
    return ks;
  };
  const apart = new Map<string, Set<string>>();
  for (const [a, b] of corrections?.different ?? []) {
    for (const x of byLabel(a)) {
      for (const y of byLabel(b)) {
        apart.set(x, (apart.get(x) ?? new Set()).add(y));
        apart.set(y, (apart.get(y) ?? new Set()).add(x));
      }
    }
  }
  const dates = new Map([...info].map(([k, i]) => [k, [...i.dates].map((d) => Date.parse(d)).filter((t) => !Number.isNaN(t))]));
  const uf = new Components((k) => info.get(k)?.mentions ?? 0, apart, dates);
  const join = (a: string, b: string, rule: string, evidence: string, maxDays?: number) => uf.join(a, b, rule, evidence, maxDays);

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
  const byInitials = new Map<string, string[]>();
  for (const o of orgs) if (!isAcronym(info.get(o)!.label)) byInitials.set(initials(info.get(o)!.label), [...(byInitials.get(initials(info.get(o)!.label)) ?? []), o]);
  for (const k of orgs) {
    const i = info.get(k)!;
    if (!isAcronym(i.label)) continue;
    const defined = [...(expansions.get(i.label) ?? [])];
    const spelled = defined.length || i.label.length < 3 ? [] : (byInitials.get(i.label) ?? []).filter((o) => o !== k && [...info.get(o)!.documents].some((d) => i.documents.has(d)));
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
  // one word guessed a person in its document, and the organisation of that name in another: "Burisma"
  const orgByName = new Map<string, string>();
  for (const k of orgs) for (const n of [info.get(k)!.label, ...info.get(k)!.names]) if (!isAcronym(n) && !orgByName.has(nameForm(n))) orgByName.set(nameForm(n), k);
  for (const k of keys) {
    const i = info.get(k)!;
    if (i.category !== 'Person' || !k.includes('@') || i.label.includes(' ') || ![...i.rules].every((r) => GUESSES.has(r))) continue;
    const o = orgByName.get(nameForm(i.label));
    if (o) join(o, k, 'link.organization-name', `${i.label} = ${info.get(o)!.label}`);
  }
  // a body with no country, and the one country's body of that name: "Democratic Party" = org:USA:democratic-party
  const bodies = new Map<string, string[]>();
  for (const k of orgs) {
    const m = /^org:[A-Z]{3}:(.+)$/.exec(k);
    if (m) bodies.set(m[1], [...(bodies.get(m[1]) ?? []), k]);
  }
  for (const k of orgs) {
    const of = bodies.get(k.slice('org:'.length));
    if (of?.length === 1) join(of[0], k, 'link.national-body', `${info.get(k)!.label} = ${info.get(of[0])!.label}`);
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
  // each event's first word and head noun, once (not per pair)
  const headOf = new Map(events.map((k) => [k, fold(info.get(k)!.label).split(/\s+/).filter((w) => !STOP.has(w))[0] ?? '']));
  const lastOf = new Map(events.map((k) => [k, fold(info.get(k)!.label.split(/\s+on\s+/i)[0]).split(/\s+/).pop() ?? '']));
  const head = (k: string) => headOf.get(k)!;
  const lastWord = (k: string) => lastOf.get(k)!;
  const canon = (k: string) => uf.find(k);
  // compared within buckets of one head word and one participant (every join needs one in common), so that a corpus
  // of many events is not compared pair by pair
  const buckets = new Map<string, string[]>();
  for (const k of events) {
    for (const w of new Set([head(k), lastWord(k)])) for (const a of new Set([...roles.get(k)!.actors].map(canon))) buckets.set(`${w}\u0000${a}`, [...(buckets.get(`${w}\u0000${a}`) ?? []), k]);
  }
  for (const bucket of [...buckets.keys()].sort().map((w) => buckets.get(w)!)) {
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        const [x, y] = [bucket[a], bucket[b]];
        if (canon(x) === canon(y)) continue;
        const [ix, iy] = [info.get(x)!, info.get(y)!];
        if (ix.category !== iy.category || [...ix.documents].some((d) => iy.documents.has(d))) continue; // within a document, resolve decided
        if (lastWord(x) !== lastWord(y) && head(x) !== head(y)) continue;
        const [rx, ry] = [roles.get(x)!, roles.get(y)!];
        const theirs = new Set([...ry.actors].map(canon));
        const shared = [...new Set([...rx.actors].map(canon))].filter((k) => theirs.has(k));
        const place = [...rx.places].some((k) => [...ry.places].some((o) => canon(o) === canon(k)));
        // a proposal is one when its name and a proposer are; an event when two participants, or one and the place, are
        const same = ix.category === 'Proposal' ? nameForm(ix.label) === nameForm(iy.label) && shared.length >= 1 : shared.length >= 2 || (shared.length >= 1 && place);
        const [dx, dy] = [[...ix.dates][0], [...iy.dates][0]];
        // the dates of the whole group, not only of the pair, stay within three days
        if (same) join(x, y, 'link.same-event', `${ix.label} / ${iy.label}: ${shared.join(', ')}${place ? ' at the same place' : ''}${dx && dy ? `, ${dx} / ${dy}` : ''}`, 3);
      }
    }
  }

  const dropped = new Set<string>();
  for (const n of corrections?.notEntity ?? []) for (const k of byLabel(n)) dropped.add(uf.find(k));
  const labels = new Map<string, string>();
  for (const [n, label] of corrections?.rename ?? []) for (const k of byLabel(n)) labels.set(uf.find(k), label);
  return { joins: uf.result(keys), dropped, labels, unmatched };
}
