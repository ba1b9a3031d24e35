/** relate/places: where events were held and what they were about (from their frames), and where places lie (LOCATED_IN). */
import type { Lexicon } from '../lexicon/index.js';
import { fold } from '../lexicon/index.js';
import type { Entity, Mention, Sentence } from '../model.js';
import type { Add, MakeEvidence, RelationScope } from './scope.js';

/** Rules `held-in.place-phrase` and `about.topic-phrase`: an event's place and topic, read around its noun. */
export function frameRelations(scope: RelationScope) {
  const { parsed, mentions, frames, add, evidence } = scope;
  for (const m of mentions) {
    const frame = frames.get(m.start);
    if (!frame || (m.category !== 'Event' && m.category !== 'Proposal') || m.form === 'pronoun') continue;
    const s = parsed.sentences[m.sentence];
    const keyOf = (c: { start: number; end: number }) => mentions.find((x) => x.start === c.start && x.end === c.end && x.form !== 'title')?.entity;
    if (frame.place && m.category === 'Event') {
      const place = keyOf(frame.place);
      if (place) add(m.entity, 'HELD_IN', place, evidence(s, 'held-in.place-phrase', m, frame.place));
    }
    if (frame.topic) {
      const topic = keyOf(frame.topic);
      if (topic) add(m.entity, 'ABOUT', topic, evidence(s, 'about.topic-phrase', m, frame.topic));
    }
  }
}

const PLACES = new Set(['City', 'Location']);

/**
 * LOCATED_IN from "the <Demonym> capital of <City>", "the Indian state of Karnataka" (rule `located-in.kind-of`,
 * with the lexicon's place kinds), "<City>, <Country>" and "<Place>, <Region>" ("Beaver Falls, Pennsylvania",
 * when the region is one of a country's first-level subdivisions and the place's country is not known otherwise: a
 * gazetteer city lies in its country, as "Quetta, Balochistan, Pakistan" says).
 */
export function locatedIn(s: Sentence, mentions: Mention[], text: string, add: Add, evidence: MakeEvidence, lex: Lexicon, entities: Entity[]) {
  const ms = mentions.filter((m) => m.sentence === s.index && m.form !== 'title' && m.form !== 'pronoun');
  const countryOf = (key: string) => entities.find((e) => e.key === key)?.country;
  for (let k = 0; k < ms.length - 1; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    const gap = text.slice(a.end, b.start);
    const kind = /^\s+(\p{L}+)\s+of\s+(the\s+)?$/u.exec(gap)?.[1]?.toLowerCase();
    if (a.category === 'Country' && b.category === 'City' && (kind === 'capital' || kind === 'city')) add(b.entity, 'LOCATED_IN', a.entity, evidence(s, 'located-in.capital-of', a, b));
    else if (a.category === 'Country' && PLACES.has(b.category) && kind && lex.placeKinds.has(kind) && (!countryOf(b.entity) || countryOf(b.entity) === a.entity.slice(8))) add(b.entity, 'LOCATED_IN', a.entity, evidence(s, 'located-in.kind-of', a, b));
    // "Belmont University in Nashville", "a charity based in Ontario": where an organisation stands
    // "UK-based retailer Tesco", "the Virginia-based company Dominion"
    if ((PLACES.has(a.category) || a.category === 'Country') && b.category === 'Organization' && /^-based\s+(\p{Ll}[\p{Ll}-]*\s+){0,3}$/u.test(gap)) add(b.entity, 'LOCATED_IN', a.entity, evidence(s, 'located-in.organization-site', a, b));
    const sited = a.category === 'Organization' && (PLACES.has(b.category) || b.category === 'Country') && (/^\s*,?\s+(based|headquartered|located)\s+in\s+$/.test(gap) || (/^\s+in\s+$/.test(gap) && lex.siteHeads.has(a.text.split(/\s+/).pop()!.toLowerCase())));
    if (sited) add(a.entity, 'LOCATED_IN', b.entity, evidence(s, 'located-in.organization-site', a, b));
    const closed = /^\s*[,.;)]|^\s*$/.test(text.slice(b.end, b.end + 2));
    if (!PLACES.has(a.category) || !/^\s*,\s*$/.test(gap)) continue;
    if (b.category === 'Country' && closed) add(a.entity, 'LOCATED_IN', b.entity, evidence(s, 'located-in.apposition', a, b));
    const region = b.category === 'Location' ? countryOf(b.entity) : undefined;
    // (not inside a list of places: "attorneys general from Maine, New York, New Jersey")
    const listed = lex.adminRegions.has(fold(a.text)) || (k > 0 && PLACES.has(ms[k - 1].category) && /^\s*,\s*$/.test(text.slice(ms[k - 1].end, a.start)));
    if (region && !listed && lex.adminRegions.get(fold(b.text)) === region && !countryOf(a.entity)) add(a.entity, 'LOCATED_IN', b.entity, evidence(s, 'located-in.region-apposition', a, b));
  }
}

/**
 * Rule `part-of.collective`: a group is part of its country ("Syrian rebels" of Syria); rule `part-of.national-body`:
 * so is a state's body whose country resolve found ("Pakistan's Supreme Court", "the Indonesian State Intelligence Agency").
 */
export function collectiveCountries(scope: RelationScope) {
  const { parsed, mentions, lex, entities } = scope;
  for (const e of [...entities]) {
    if ((e.category !== 'Group' && e.category !== 'Organization') || !e.country) continue;
    const rule = e.category === 'Group' ? 'part-of.collective' : 'part-of.national-body';
    const country = `country:${e.country}`;
    if (!entities.some((x) => x.key === country)) {
      entities.push({ key: country, label: lex.countries.get(e.country)?.name ?? e.country, category: 'Country', aliases: [], iso3: e.country, mentions: 0, documents: [parsed.doc.id], spans: [], rules: [rule] });
    }
    const m = mentions.find((x) => x.entity === e.key);
    if (!m) continue;
    const s = parsed.sentences[m.sentence];
    scope.relations.push({ source: e.key, predicate: 'PART_OF', target: country, evidence: [{ document: parsed.doc.id, sentence: m.sentence, start: m.start, end: m.end, text: s ? parsed.doc.text.slice(s.start, s.end) : m.text, rule }] });
  }
}

/**
 * Rule `gazetteer.city-country` (`located-in.apposition`, `located-in.admin-region` when the place was read so):
 * a place whose country is known lies in it — a LOCATED_IN edge with the place's first mention as evidence; the
 * country joins the document's entities when the text does not name it.
 */
export function gazetteerLocations(scope: RelationScope) {
  const { parsed, mentions, lex, entities } = scope;
  for (const e of [...entities]) {
    if ((e.category !== 'City' && e.category !== 'Location') || !e.country) continue;
    const country = `country:${e.country}`;
    if (!entities.some((x) => x.key === country)) {
      const info = lex.countries.get(e.country);
      entities.push({ key: country, label: info?.name ?? e.country, category: 'Country', aliases: [], iso3: e.country, mentions: 0, documents: [parsed.doc.id], spans: [], rules: ['gazetteer.city-country'] });
    }
    const m = mentions.find((x) => x.entity === e.key)!;
    const rule = m.rule === 'place.apposition' ? 'located-in.apposition' : m.rule === 'proper.region' ? 'located-in.admin-region' : 'gazetteer.city-country';
    const s = parsed.sentences[m.sentence];
    scope.relations.push({
      source: e.key,
      predicate: 'LOCATED_IN',
      target: country,
      evidence: [{ document: parsed.doc.id, sentence: m.sentence, start: m.start, end: m.end, text: s ? parsed.doc.text.slice(s.start, s.end) : m.text, rule }],
    });
  }
}

/** Houses of worship, named for a saint or a mystery rather than for where they stand. */
const DEDICATIONS = new Set(['church', 'cathedral', 'mosque', 'synagogue', 'temple', 'seminary']);

/**
 * Rule `located-in.named-site`: an institution named "<head> of <place>" ("University of Bristol", "University of
 * Texas at Tyler", "Parliament of New South Wales") lies in that place, when the gazetteer knows one place of that
 * name (the place joins the document's entities when the text does not name it apart).
 */
export function namedSites(scope: RelationScope) {
  const { parsed, mentions, lex, entities } = scope;
  for (const e of [...entities]) {
    if (e.category !== 'Organization') continue;
    const words = e.label.split(/\s+/);
    const of = words.indexOf('of');
    // (not a dedication: "Church of Saint George", "Cathedral of Our Lady")
    if (of !== 1 || (!lex.siteHeads.has(words[0].toLowerCase()) && words[0] !== 'Parliament') || DEDICATIONS.has(words[0].toLowerCase()) || /^(saint|st\.?|san|santa|santo|our|the)$/i.test(words[2] ?? '')) continue;
    const rest = words.slice(2).map((w) => fold(w.replace(/[,.]$/, '')));
    // the longest place at the start of what follows "of"
    const entries = (lex.gazetteer.get(rest[0]) ?? []).filter((g) => PLACES.has(g.category) || g.category === 'Country').filter((g) => g.folded.every((w, n) => rest[n] === w));
    const longest = Math.max(0, ...entries.map((g) => g.folded.length));
    const keys = [...new Set(entries.filter((g) => g.folded.length === longest).map((g) => g.key))];
    if (keys.length !== 1) continue;
    const place = entries.find((g) => g.key === keys[0])!;
    // (a city that shares its name with a region is no certain place: the University of Washington is in Seattle)
    if (place.category === 'City' && lex.adminRegions.has(place.folded.join(' '))) continue;
    const m = mentions.find((x) => x.entity === e.key);
    if (!m) continue;
    const s = parsed.sentences[m.sentence];
    const link = (source: string, target: string) => scope.relations.push({ source, predicate: 'LOCATED_IN', target, evidence: [{ document: parsed.doc.id, sentence: m.sentence, start: m.start, end: m.end, text: s ? parsed.doc.text.slice(s.start, s.end) : m.text, rule: 'located-in.named-site' }] });
    const country = place.category === 'Country' ? undefined : lex.cityCountry.get(place.key) ?? /^(?:city|location):([A-Z]{3}):/.exec(place.key)?.[1];
    if (!entities.some((x) => x.key === place.key)) {
      entities.push({ key: place.key, label: place.label, category: place.category, aliases: [], ...(country ? { country } : {}), mentions: 0, documents: [parsed.doc.id], spans: [], rules: ['located-in.named-site'] });
      // the place the text names only inside the institution's name lies in its country
      if (country) {
        if (!entities.some((x) => x.key === `country:${country}`)) entities.push({ key: `country:${country}`, label: lex.countries.get(country)?.name ?? country, category: 'Country', aliases: [], iso3: country, mentions: 0, documents: [parsed.doc.id], spans: [], rules: ['located-in.named-site'] });
        link(place.key, `country:${country}`);
      }
    }
    link(e.key, place.key);
  }
}
