/**
 * Writes src/lexicon/data/admin-regions.json: the first-level subdivisions of every country (states,
 * provinces, oblasts, prefectures), from the country-region-data package (MIT, a dev dependency),
 * reproducibly: `npx tsx scripts/build-regions.ts`.
 *
 * Used only to give a region the text already names as one ("Borno State", "Samara Oblast", "Nagasaki
 * Prefecture") its country, never to find names in text: many subdivisions are also common words or towns
 * ("Delta", "Rivers", "Lagos"). A name in two countries ("Punjab") is left out.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../src/lexicon/index.js';

const require = createRequire(import.meta.url);
const data = require('country-region-data/data.json') as Array<{ countryShortCode: string; regions: Array<{ name: string }> }>;
const world = require('world-countries') as Array<{ cca2: string; cca3: string }>;
const iso3 = new Map(world.map((c) => [c.cca2, c.cca3]));

const countriesOf = new Map<string, Set<string>>();
const names = new Map<string, string>();
for (const c of data) {
  const country = iso3.get(c.countryShortCode);
  if (!country) continue;
  for (const r of c.regions) {
    const k = fold(r.name);
    if (!countriesOf.has(k)) countriesOf.set(k, new Set());
    countriesOf.get(k)!.add(country);
    if (!names.has(k)) names.set(k, r.name);
  }
}
const regions = [...countriesOf]
  .filter(([, cs]) => cs.size === 1)
  .map(([k, cs]) => [names.get(k)!, [...cs][0]] as [string, string])
  .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

const about =
  "First-level subdivisions of countries (name, ISO 3166-1 alpha-3 of the country), made by scripts/build-regions.ts from the country-region-data package (https://github.com/country-regions/country-region-data, MIT, (c) Benjamin Keen). Names found in two countries are left out. Read only to give a region the text names as one ('Borno State') its country.";
writeFileSync(new URL('../src/lexicon/data/admin-regions.json', import.meta.url), `{\n  "about": ${JSON.stringify(about)},\n  "regions": [\n${regions.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`);
console.log(`${regions.length} regions (${countriesOf.size - regions.length} names in two or more countries left out)`);
