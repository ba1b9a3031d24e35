/**
 * lexicon: the world knowledge kg reads, loaded and indexed once. Countries, codes, demonyms and capitals
 * come from the world-countries package; the rest are data files in ./data with stable ids.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { KgError } from '../errors.js';
import type { Category, MentionForm } from '../model.js';

const require = createRequire(import.meta.url);

/** One name in the gazetteer: the tokens to match and the entity they name. */
export interface GazetteerEntry {
  tokens: string[];
  /** The tokens folded (lower case, no accents), as they are compared with the text's. */
  folded: string[];
  key: string;
  label: string;
  category: Category;
  form: MentionForm;
  rule: string;
}

export interface CountryInfo {
  iso3: string;
  name: string;
  official: string;
  capitals: string[];
  demonyms: string[];
}

export interface RelationPattern {
  id: string;
  predicate: string;
  eventType?: string;
  /** The verb phrase: a lemma, then words that must follow (particles, prepositions, nouns). */
  phrase: string[];
  /** Target categories this pattern accepts; default: actors (Person, Country, Organization). */
  targets?: Category[];
  /** Whether "X and Y VERB" with no object means each VERBed the others ("meet", "hold talks"). */
  reciprocal?: boolean;
  /** Whether "Y was VERBed by X" is read too. */
  passive?: boolean;
  /** Example sentences on which the pattern must fire (checked by a test). */
  examples: string[];
}

/** An event named by a noun ("a Russian drone attack on Kyiv"): its nouns and how its actor and target are found. */
export interface NominalPattern {
  id: string;
  predicate: string;
  eventType?: string;
  nouns: Set<string>;
  targetPrepositions: Set<string>;
  placePrepositions: Set<string>;
  lightVerbs: Set<string>;
  /** Whether "NOUN between X and Y" names both sides ("talks between Iran and the United States"). */
  between?: boolean;
  examples: string[];
}

/** One predicate of kg's relation vocabulary (data/predicates.json). */
export interface Predicate {
  id: string;
  /** The political-event category (PLOVER) of the events it names; null for relations that are not events. */
  eventType: string | null;
  about: string;
}

export interface Lexicon {
  /** The relation vocabulary, in the order of data/predicates.json. */
  predicates: Map<string, Predicate>;
  countries: Map<string, CountryInfo>;
  /** Lower-cased first token → entries starting with it, longest first. */
  gazetteer: Map<string, GazetteerEntry[]>;
  titles: { heads: Map<string, string[][]>; modifiers: Set<string>; linkers: Set<string>; honorifics: Set<string> };
  orgHeadWords: Set<string>;
  /** Plural nouns after an organisation's name that make it the actor ("Boko Haram militants"). */
  memberHeads: Set<string>;
  events: { events: Set<string>; proposals: Set<string>; modifiers: Set<string>; topicPrepositions: Set<string>; placePrepositions: Set<string> };
  relations: RelationPattern[];
  /** The first words (lemmas) of the relation patterns' verb phrases. */
  relationVerbs: Set<string>;
  nominal: NominalPattern[];
  /** Verbs of saying (lemmas) and the words of obligation that make what is said a demand ("should", "must"). */
  reportedSpeech: { verbs: Set<string>; obligation: string[][]; examples: string[] };
  /** City or region key → ISO3 of the country it lies in. */
  cityCountry: Map<string, string>;
  /** Sports copy: headline slugs, words only sports copy uses, prepositions that make a place a venue. */
  sports: { slugs: Set<string>; terms: Set<string>; venuePrepositions: Set<string> };
  /** Keys of nations that are not sovereign states (England, Scotland): they field national sides. */
  nations: Set<string>;
  /** Words that end a region's name ("Oblast", "Province"), lower-cased. */
  regionHeads: Set<string>;
  /** Last words of the names of built places ("Airport", "Air Base"), as written. */
  facilityHeads: string[][];
  /** Nouns naming a kind of place before "of" and its name ("the village of Um Garfa"), lower-cased. */
  placeKinds: Set<string>;
  /** First-level subdivisions (folded name → ISO3), to give a region named as one ("Borno State") its country. */
  adminRegions: Map<string, string>;
}

const readData = <T>(name: string): T => {
  const url = new URL(`./data/${name}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (err) {
    throw new KgError('E_LEXICON', `cannot load lexicon ${name}: ${(err as Error).message}`, 'Fix the JSON in src/lexicon/data/ (the lexicon test names the problem).');
  }
};

/** `Wang Yi` → `wang-yi`; keeps letters of every script, folds accents. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th', ð: 'd' };
/** Lower case without accents, as names are compared: "Khān Yūnis" and "Khan Yunis", "Łódź" and "Lodz" are one name. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[łđøßæœıħþð]/g, (c) => FOLD[c]);
}

/** Splits a name into the tokens compromise makes of it: at spaces, and at hyphens between letters ("Urus-Martan"). */
export const tokenize = (name: string): string[] => name.split(/\s+|(?<=\p{L})-(?=\p{L})/u).filter(Boolean);

interface WorldCountry {
  name: { common: string; official: string };
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
  unMember?: boolean;
}

interface CountriesExtra {
  aliases: Record<string, string[]>;
  acronyms: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  ignore: string[];
}

const LATIN_NAME = /^[\p{Script=Latin}'’.\- ]+$/u;

function buildLexicon(): Lexicon {
  const world = require('world-countries') as WorldCountry[];
  const extra = readData<CountriesExtra>('countries-extra.json');
  const titlesData = readData<{ heads: string[]; modifiers: string[]; linkers: string[]; honorifics: string[] }>('titles.json');
  const orgData = readData<{ organizations: Array<{ id: string; name: string; aliases: string[] }>; headWords: string[]; memberHeads: string[] }>('organizations.json');
  const eventData = readData<Record<'events' | 'proposals' | 'modifiers' | 'topicPrepositions' | 'placePrepositions', string[]>>('events.json');
  const relData = readData<{ patterns: RelationPattern[]; reportedSpeech: { verbs: string[]; obligation: string[]; examples: string[] }; nominal: Array<Omit<NominalPattern, 'nouns' | 'targetPrepositions' | 'placePrepositions' | 'lightVerbs'> & Record<'nouns' | 'targetPrepositions' | 'placePrepositions' | 'lightVerbs', string[]>> }>('relations.json');
  const sportsData = readData<{ sports: string[]; terms: string[]; venuePrepositions: string[] }>('sports.json');
  const regionData = readData<{ regions: Array<{ name: string; country?: string; kind: string }>; headWords: string[]; facilityHeads: string[]; placeKinds: string[] }>('regions.json');

  const entries: GazetteerEntry[] = [];
  const countries = new Map<string, CountryInfo>();
  const cityCountry = new Map<string, string>();
  const nations = new Set<string>();
  const ignore = new Set(extra.ignore);
  // fields copied one by one: an object spread here was a fifth of the build (every worker builds the lexicon)
  const add = (name: string, e: Omit<GazetteerEntry, 'tokens' | 'folded'>, tokens = tokenize(name), folded = tokens.map(fold)) =>
    entries.push({ tokens, folded, key: e.key, label: e.label, category: e.category, form: e.form, rule: e.rule });

  for (const c of world) {
    if (!c.independent && !c.unMember && !extra.aliases[c.cca3]) continue; // territories would shadow their country's names
    const iso3 = c.cca3;
    const key = `country:${iso3}`;
    const label = c.name.common;
    const demonyms = new Set<string>();
    const dm = c.demonyms?.eng?.m;
    if (dm && !ignore.has(`${label}:demonym`)) for (const d of dm.split(/,| or /)) if (d.trim()) demonyms.add(d.trim());
    for (const d of extra.demonyms[iso3] ?? []) demonyms.add(d);
    const info: CountryInfo = { iso3, name: label, official: c.name.official, capitals: c.capital ?? [], demonyms: [...demonyms] };
    countries.set(iso3, info);
    const names = new Set([label, c.name.official, ...(extra.aliases[iso3] ?? [])]);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && LATIN_NAME.test(alt) && !alt.includes(',')) names.add(alt);
    for (const name of names) add(name, { key, label, category: 'Country', form: name === label ? 'name' : 'alias', rule: 'gazetteer.country' });
    for (const acr of extra.acronyms[iso3] ?? []) add(acr, { key, label, category: 'Country', form: 'alias', rule: 'gazetteer.country-code' });
    for (const d of demonyms) {
      add(d, { key, label, category: 'Country', form: 'demonym', rule: 'gazetteer.demonym' });
      if (!/(ese|ss|sh|ch|i)$/.test(d) && !d.includes('.')) add(`${d}s`, { key, label, category: 'Country', form: 'demonym', rule: 'gazetteer.demonym' });
    }
    for (const capital of info.capitals) {
      const cityLabel = capital.replace(/\s+D\.C\.$/, '');
      const cityKey = `city:${iso3}:${slug(cityLabel)}`;
      cityCountry.set(cityKey, iso3);
      add(cityLabel, { key: cityKey, label: cityLabel, category: 'City', form: 'name', rule: 'gazetteer.capital' });
      if (cityLabel !== capital) add(capital, { key: cityKey, label: cityLabel, category: 'City', form: 'alias', rule: 'gazetteer.capital' });
    }
  }
  for (const r of regionData.regions) {
    const key = `location:${r.country ? `${r.country}:` : ''}${slug(r.name)}`;
    if (r.country) cityCountry.set(key, r.country);
    if (r.kind === 'nation') nations.add(key);
    add(r.name, { key, label: r.name, category: 'Location', form: 'name', rule: 'gazetteer.region' });
  }
  for (const org of orgData.organizations) {
    const key = `org:${org.id}`;
    add(org.name, { key, label: org.name, category: 'Organization', form: 'name', rule: 'gazetteer.organization' });
    for (const a of org.aliases) add(a, { key, label: org.name, category: 'Organization', form: 'alias', rule: 'gazetteer.organization' });
  }

  // towns and cities (GeoNames) last: a name the entries above already give (a country, a capital, a region) keeps that meaning
  const named = new Set(entries.map((e) => e.folded.join(' ')));
  for (const [name, iso3] of readData<{ cities: Array<[string, string, number]> }>('cities.json').cities) {
    const tokens = tokenize(name);
    const folded = tokens.map(fold);
    if (named.has(folded.join(' ')) || !countries.has(iso3)) continue; // towns of territories (Nuuk) have no country here
    const key = `city:${iso3}:${slug(name)}`;
    cityCountry.set(key, iso3);
    add(name, { key, label: name, category: 'City', form: 'name', rule: 'gazetteer.city' }, tokens, folded);
  }

  const gazetteer = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    const first = e.folded[0];
    const list = gazetteer.get(first) ?? [];
    list.push(e);
    gazetteer.set(first, list);
  }
  for (const list of gazetteer.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const heads = new Map<string, string[][]>();
  for (const t of titlesData.heads) {
    const toks = tokenize(t.toLowerCase());
    const list = heads.get(toks[0]) ?? [];
    list.push(toks);
    heads.set(toks[0], list);
  }
  for (const list of heads.values()) list.sort((a, b) => b.length - a.length);
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

  return {
    predicates: new Map(readData<{ predicates: Predicate[] }>('predicates.json').predicates.map((p) => [p.id, p])),
    countries,
    gazetteer,
    titles: { heads, modifiers: lower(titlesData.modifiers), linkers: lower(titlesData.linkers), honorifics: lower(titlesData.honorifics) },
    orgHeadWords: new Set(orgData.headWords),
    memberHeads: lower(orgData.memberHeads),
    events: {
      events: lower(eventData.events),
      proposals: lower(eventData.proposals),
      modifiers: lower(eventData.modifiers),
      topicPrepositions: lower(eventData.topicPrepositions),
      placePrepositions: lower(eventData.placePrepositions),
    },
    // longest phrase first: "hold talks with" before "hold talks" before "hold"
    relations: [...relData.patterns].sort((a, b) => b.phrase.length - a.phrase.length),
    relationVerbs: new Set(relData.patterns.map((p) => p.phrase[0])),
    reportedSpeech: { verbs: lower(relData.reportedSpeech.verbs), obligation: relData.reportedSpeech.obligation.map((o) => o.toLowerCase().split(' ')), examples: relData.reportedSpeech.examples },
    nominal: relData.nominal.map((n) => ({ ...n, nouns: lower(n.nouns), targetPrepositions: lower(n.targetPrepositions), placePrepositions: lower(n.placePrepositions), lightVerbs: lower(n.lightVerbs) })),
    cityCountry,
    nations,
    regionHeads: lower(regionData.headWords),
    facilityHeads: regionData.facilityHeads.map(tokenize).sort((a, b) => b.length - a.length),
    placeKinds: lower(regionData.placeKinds),
    adminRegions: new Map(readData<{ regions: Array<[string, string]> }>('admin-regions.json').regions.map(([name, iso3]) => [fold(name), iso3])),
    sports: { slugs: lower(sportsData.sports), terms: lower(sportsData.terms), venuePrepositions: new Set(sportsData.venuePrepositions) },
  };
}

let cached: Lexicon | undefined;
/** The lexicon, built on first use and shared after. */
export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}
