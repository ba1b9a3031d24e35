/**
 * resolve: gives every mention the canonical key of the entity it names — one key per real-world entity —
 * and gathers a document's entities. "Wang" after "Wang Yi" is Wang Yi; "the four countries" are the four
 * countries listed before; "the meeting" is the meeting named before.
 */
import { titleCase } from '../ingest/dateline.js';
import { fold, lexicon, slug, tokenize, type Lexicon } from '../lexicon/index.js';
import type { Candidate, Category, Diagnostic, Entity, EventFrame, Group, Mention, ParsedDocument } from '../model.js';
import { lexicalTag } from '../parse/nlp.js';
import { findGroups } from './groups.js';
import { personResolver, type PersonKey } from './people.js';

/** The rule ids resolution writes on mentions (alone, or after the recognizing rule's: `tagger.person+coref.surname`). */
export const RESOLUTION_RULES: ReadonlyArray<{ id: string; about: string }> = [
  { id: 'dateline.city', about: 'the city of a wire dateline (" date 2021-09-17 DUSHANBE - ")' },
  { id: 'coref.surname', about: 'a surname (or several parts of a name) of a full name of the document: the bearer with a compatible title, else the most mentioned so far' },
  { id: 'coref.first-name', about: 'a one-word name that is the first word of exactly one full name of the document ("Wang" → Wang Yi, "Hunter" → Hunter Biden)' },
  { id: 'name.variant', about: 'a full name that is one named before without accents, an Arabic article, middle initials or a middle name ("Robert Mugabe" after "Robert Gabriel Mugabe")' },
  { id: 'coref.definite-event', about: 'a bare event noun ("the meeting") after an event of that head: the same event' },
  { id: 'group.anaphor', about: '"the four countries": the members of the latest earlier list of four countries' },
  { id: 'org.national-body', about: 'an organisation whose name is only common words ("Supreme Court", "Air Force", "Ministry of Health", "Green Party") is the body of one country: the country its name or the word before it gives ("US Air Force", "Pakistan\'s Supreme Court", "Supreme Court of India"), else the country the document names most, when it names it twice or more and twice as often as any other' },
];

const CATEGORY_PREFIX: Record<Category, string> = { Person: 'person', Country: 'country', City: 'city', Location: 'location', Organization: 'org', Group: 'group', Event: 'event', Proposal: 'proposal' };

/** A name as a label or alias: one space between words, no editor's bracket ("La  Fuente", "Iranian] Chess Federation"). */
const surfaceOf = (text: string) => text.replace(/\[(?:\.\.\.|…)\]/g, ' ').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();

/** A candidate's mention fields, without what only the extract stage uses (priority, gazetteer key and label). */
function candidateMention(c: Candidate): Omit<Mention, 'entity'> {
  const { priority: _p, key: _k, label: _l, ...mention } = c;
  return mention;
}

export interface Resolution {
  mentions: Mention[];
  entities: Entity[];
  groups: Group[];
  diagnostics: Diagnostic[];
}

/** Assigns keys, expands group anaphora and gathers entities for one document. Pure. */
export function resolveDocument(parsed: ParsedDocument, candidates: Candidate[], frames: Map<number, EventFrame>, lex: Lexicon = lexicon()): Resolution {
  const text = parsed.doc.text;
  const docId = parsed.doc.id;
  const diagnostics: Diagnostic[] = [];
  const labels = new Map<string, string>();
  const keyed: Mention[] = [];
  const events: Array<{ key: string; head: string; date?: string }> = [];
  const byStart = new Map<number, string>();

  // dateline city: data of the document and a mention of the city
  const dl = parsed.dateline?.city;
  if (dl) {
    const name = titleCase(dl.text);
    const words = tokenize(name).map(fold);
    const entry = lex.gazetteer.get(words[0])?.find((e) => e.category === 'City' && e.folded.join(' ') === words.join(' '));
    const key = entry?.key ?? `city:${slug(name)}`;
    labels.set(key, entry?.label ?? name);
    keyed.push({ docId, start: dl.start, end: dl.end, text: dl.text, category: 'City', form: 'name', sentence: -1, tokens: [0, 0], entity: key, rule: 'dateline.city' });
  }

  const ordered = [...candidates].sort((a, b) => a.start - b.start);
  // the country the document names (itself or by its places) twice or more, and twice as often as any other: whose body a
  // bare "Supreme Court" is
  const countryCounts = new Map<string, number>();
  for (const c of ordered) {
    // a country, or the country of a city or region the lexicon places ("Nevada", "Karachi")
    const iso3 = c.category === 'Country' ? c.key?.slice('country:'.length) : c.key && (c.category === 'City' || c.category === 'Location') ? lex.cityCountry.get(c.key) : undefined;
    if (iso3) countryCounts.set(iso3, (countryCounts.get(iso3) ?? 0) + 1);
  }
  const [first, second] = [...countryCounts].sort((a, b) => b[1] - a[1]);
  const docCountry = first && first[1] >= 2 && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
  // a body the document once places ("the US Air Force") is that country's wherever it names it ("the Air Force")
  const bodies = new Map<Candidate, { core: string; named?: string }>();
  const placed = new Map<string, string>();
  ordered.forEach((c, at) => {
    if (c.category !== 'Organization') return;
    const gazetteer = c.key && c.rule.startsWith('gazetteer.');
    const body = gazetteer ? bodyName(c.label ?? c.text, lex) : c.key ? undefined : nationalBody(at, surfaceOf(c.label ?? c.text), ordered, lex);
    if (body && !gazetteer) bodies.set(c, body);
    if (body?.named && !placed.has(slug(body.core))) placed.set(slug(body.core), body.named);
  });
  // people first, in text order: which person each name names (a name before its full name is retried after)
  const people = personResolver(docId, diagnostics, parsed.doc.text, lex.titles.kin);
  const personKeys = new Map<Candidate, PersonKey>();
  for (const c of ordered) if (c.category === 'Person' && !c.key && c.form !== 'title' && c.rule !== 'group.anaphor') personKeys.set(c, people.key(c));
  for (const [c, k] of personKeys) if (!k.rule && k.key.includes('@')) personKeys.set(c, people.retry(c));
  for (const c of ordered) {
    if (c.form === 'title' || c.rule === 'group.anaphor') continue;
    let key = c.key;
    let rule = c.rule;
    let label = surfaceOf(c.label ?? c.text);
    if (!key) {
      if (c.category === 'Person') {
        const r = personKeys.get(c)!;
        key = r.key;
        if (r.rule && r.rule !== rule) rule = `${rule}+${r.rule}`;
      } else if (c.category === 'Event' || c.category === 'Proposal') {
        const head = c.text.split(/\s+/).pop()!.toLowerCase();
        const frame = frames.get(c.start) ?? {};
        const bare = c.text.toLowerCase() === head;
        const prior = [...events].reverse().find((e) => e.head === head);
        if (bare && prior && !frame.topic && !frame.place) {
          key = prior.key;
          rule = `${rule}+coref.definite-event`;
          label = labels.get(key) ?? label;
        } else {
          const named = frame.topic ? `${c.text} on ${frame.topic.label ?? frame.topic.text}` : c.text;
          label = named[0].toUpperCase() + named.slice(1);
          // an event is of its document until the link stage finds it reported elsewhere; its key does not depend
          // on whether a date was found, and only two events of one name on different dates here are told apart by it
          const base = `${CATEGORY_PREFIX[c.category]}:${slug(label)}@${slug(docId)}`;
          const ofBase = events.filter((e) => e.key === base || e.key.startsWith(`${base}:`));
          const same = ofBase.find((e) => !e.date || !frame.date || e.date === frame.date);
          key = same?.key ?? (ofBase.length ? `${base}:${frame.date}` : base);
          events.push({ key, head, date: frame.date });
        }
      } else {
        const body = bodies.get(c);
        const iso3 = body && (body.named ?? placed.get(slug(body.core)) ?? docCountry);
        key = body && iso3 ? (gazetteerBody(lex, `${iso3}:${slug(body.core)}`) ?? `org:${iso3}:${slug(body.core)}`) : `${CATEGORY_PREFIX[c.category]}:${slug(label)}`;
        if (body && iso3) rule = `${rule}+org.national-body`;
      }
    }
    // a person's longest name; an organisation's name rather than its acronym ("CEMB" before "Council of Ex-Muslims of Britain")
    const acronym = (l: string) => /^[\p{Lu}\d.&-]+$/u.test(l);
    if (!labels.has(key) || (c.category === 'Person' && c.form === 'name' && label.length > labels.get(key)!.length) || (c.category === 'Organization' && acronym(labels.get(key)!) && !acronym(label))) labels.set(key, label);
    keyed.push({ ...candidateMention(c), entity: key, rule, ...(c.category === 'Event' || c.category === 'Proposal' ? { date: frames.get(c.start)?.date } : {}) });
    byStart.set(c.start, key);
  }

  // titles belong to the person whose name follows them
  for (const c of ordered) {
    if (c.form !== 'title') continue;
    const owner = byStart.get(Number(c.members?.[0]?.slice(1)));
    if (!owner) continue;
    const { members: _m, ...mention } = candidateMention(c);
    keyed.push({ ...mention, entity: owner });
  }
  keyed.sort((a, b) => a.start - b.start || a.end - b.end);

  // group anaphora: "the four countries" → the latest earlier list of four countries
  const groups = findGroups(text, keyed);
  for (const c of ordered) {
    if (c.rule !== 'group.anaphor') continue;
    const n = Number(c.members?.[0]);
    const prior = [...groups].reverse().find((g) => g.end <= c.start && g.members.length === n && g.members[0].category === c.category);
    if (!prior) {
      diagnostics.push({ docId, start: c.start, end: c.end, stage: 'resolve', rule: 'group.unresolved', severity: 'info', message: `"${c.text}": no earlier list of ${n} found` });
      continue;
    }
    const members = prior.members.map((m) => m.entity);
    for (const key of members) keyed.push({ ...candidateMention(c), entity: key, members, rule: 'group.anaphor' });
  }
  keyed.sort((a, b) => a.start - b.start || a.end - b.end);

  return { mentions: keyed, entities: gatherEntities(docId, keyed, labels, lex), groups, diagnostics };
}

/** One Entity per key, from its mentions. */
function gatherEntities(docId: string, mentions: Mention[], labels: Map<string, string>, lex: Lexicon): Entity[] {
  const byKey = new Map<string, Entity>();
  const firstOf = new Map<string, string>();
  for (const m of mentions) {
    let e = byKey.get(m.entity);
    if (!e) {
      e = { key: m.entity, label: labels.get(m.entity) ?? m.text, category: m.category, aliases: [], mentions: 0, documents: [docId], spans: [], rules: [] };
      if (m.category === 'Country') e.iso3 = m.entity.slice('country:'.length);
      if (m.category === 'Organization') e.country = /^org:([A-Z]{3}):/.exec(m.entity)?.[1]; // org.national-body keys carry their country
      if (m.category === 'City' || m.category === 'Location') e.country = lex.cityCountry.get(m.entity) ?? /^location:([A-Z]{3}):/.exec(m.entity)?.[1]; // place.apposition keys carry the text's country
      const group = m.category === 'Group' && /^group:([^:]+):([A-Z]{3})$/.exec(m.entity);
      if (group) {
        if (/^[A-Z]{3}$/.test(group[1])) e.country = group[1];
        e.sector = group[2];
      }
      byKey.set(m.entity, e);
    }
    e.mentions++;
    const span = `${docId}#s${m.sentence}[${m.start}:${m.end}]`;
    if (!e.spans.includes(span)) e.spans.push(span);
    if (!e.rules.includes(m.rule)) e.rules.push(m.rule);
    if (m.date && !e.date) e.date = m.date;
    if (m.titles) for (const t of m.titles) if (!(e.titles ??= []).includes(t)) e.titles.push(t);
    const surface = surfaceOf(m.category === 'City' && m.rule === 'dateline.city' ? titleCase(m.text) : m.text);
    if ((m.form === 'name' || m.form === 'alias' || m.form === 'demonym') && surface !== e.label && !e.aliases.includes(surface)) e.aliases.push(surface);
    if (!firstOf.has(`${m.entity}\u0000${surface}`)) firstOf.set(`${m.entity}\u0000${surface}`, `${surface} ← ${m.rule}: ${span}`);
  }
  // why each alias is the entity: the rule of its first mention and where it is
  for (const e of byKey.values()) {
    const why = e.aliases.map((a) => firstOf.get(`${e.key}\u0000${a}`)).filter((x): x is string => !!x);
    if (why.length) e.mergedBy = why;
  }
  return [...byKey.values()];
}

/** Words that make a body's name international, not one country's ("International Committee", "World Council"). */
const INTERNATIONAL = new Set(['international', 'world', 'global', 'worldwide', 'intergovernmental', 'interparliamentary', 'regional']);
const LINK_WORDS = new Set(['of', 'the', 'and', 'for', 'on', '&']);
/** Head words of the bodies of a state: courts, forces, ministries, chambers, parties, police. */
const STATE_HEADS = new Set(['court', 'force', 'forces', 'army', 'navy', 'guard', 'corps', 'police', 'ministry', 'department', 'directorate', 'agency', 'service', 'parliament', 'house', 'senate', 'congress', 'assembly', 'cabinet', 'government', 'party', 'bank']);

/**
 * Rule `org.national-body`: an organisation named by common words only (its name recognised by a rule, not
 * taken from the gazetteer) is a body of one country; its key carries that country (or is the gazetteer's body of
 * that country: a bare "Supreme Court" in an American story is the Supreme Court of the United States), so that the Supreme Court
 * of one country is not another's and "US Air Force", "United States Air Force" and a bare "Air Force" in a
 * story about the United States are one node. The country is the one its name gives ("US Air Force",
 * "Supreme Court of India"), or the word before it ("Pakistan's Supreme Court"), else the country the
 * document names twice or more and twice as often as any other; with none, the name keeps its plain key.
 */
function nationalBody(at: number, label: string, ordered: readonly Candidate[], lex: Lexicon): { core: string; named?: string } | undefined {
  const c = ordered[at];
  const body = bodyName(label, lex);
  if (!body || body.named) return body;
  // "Pakistan's Supreme Court", "the Iranian Air Force" when the tagger kept the country apart: a country ending at
  // most four characters before it (the candidates are in text order)
  for (let k = at - 1; k >= 0 && ordered[k].sentence === c.sentence && c.start - ordered[k].start <= 200; k--) {
    const o = ordered[k];
    if (o.category === 'Country' && o.key && o.end <= c.start && c.start - o.end <= 4) return { core: body.core, named: o.key.slice('country:'.length) };
  }
  return { core: body.core };
}

/** The key of the gazetteer's organisation that is a country's body of a name ("USA:supreme-court" → the Supreme Court of the United States). */
function gazetteerBody(lex: Lexicon, id: string): string | undefined {
  let bodies = GAZETTEER_BODIES.get(lex);
  if (!bodies) {
    bodies = new Map();
    for (const entries of lex.gazetteer.values()) {
      for (const e of entries) {
        const b = e.category === 'Organization' ? bodyName(e.tokens.join(' '), lex) : undefined;
        if (b?.named && !bodies.has(`${b.named}:${slug(b.core)}`)) bodies.set(`${b.named}:${slug(b.core)}`, e.key);
      }
    }
    GAZETTEER_BODIES.set(lex, bodies);
  }
  return bodies.get(id);
}
const GAZETTEER_BODIES = new WeakMap<Lexicon, Map<string, string>>();

/** A name of common words headed by a state body's word, without the country it names, and that country. */
function bodyName(label: string, lex: Lexicon): { core: string; named?: string } | undefined {
  let words = label.split(/\s+/);
  const countryOf = (ws: string[]) => {
    const f = ws.map(fold);
    const e = lex.gazetteer.get(f[0])?.find((x) => x.category === 'Country' && x.folded.join(' ') === f.join(' '));
    return e?.key.slice('country:'.length);
  };
  let named: string | undefined;
  // "United States Air Force", "US Supreme Court", "Iranian Air Force"
  for (let n = Math.min(3, words.length - 1); n >= 1 && !named; n--) {
    const iso = countryOf(words.slice(0, n));
    if (iso) [named, words] = [iso, words.slice(n)];
  }
  // "Supreme Court of India", "Ministry of Health of the Russian Federation"
  const of = words.lastIndexOf('of');
  if (!named && of > 0) {
    const rest = words.slice(of + 1).filter((w, i) => !(i === 0 && w.toLowerCase() === 'the'));
    const iso = rest.length ? countryOf(rest) : undefined;
    if (iso) [named, words] = [iso, words.slice(0, of)];
  }
  if (!words.length) return undefined;
  // (a word is common when the word list or the tagger's lexicon knows it: "Legislative", "Constitutional")
  const common = (w: string) => lex.commonWords.has(w.toLowerCase()) || lex.orgHeadWords.has(w) || ['Adjective', 'Singular', 'Plural', 'Noun'].includes(lexicalTag(w.toLowerCase()) ?? '');
  const generic = (w: string) => LINK_WORDS.has(w.toLowerCase()) || STATE_HEADS.has(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && !INTERNATIONAL.has(w.toLowerCase()) && common(w));
  // the core's head (the last word, or the word before its first "of") names a body of a state: "USA Today",
  // "Sky News" or the "Center for Biological Diversity" are no one country's
  const cut = words.findIndex((w) => LINK_WORDS.has(w.toLowerCase()));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase();
  if (!words.every(generic) || LINK_WORDS.has(words[0].toLowerCase()) || !STATE_HEADS.has(head)) return undefined;
  return { core: words.join(' '), named };
}
