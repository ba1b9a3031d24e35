/** Claims about mentions and relations, one table per class of rule; and sentences where nothing must be found. */
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../src/ingest/dateline.js';
import { describeExtraction, extract, findEntity, hasRelation } from './helpers.js';

describe('mentions', () => {
  const table: Array<[string, Array<[string, string, string?]>]> = [
    // [sentence, [[text, category, form?]]]
    ['Russian Foreign Minister Sergei Lavrov spoke.', [['Sergei Lavrov', 'Person', 'name'], ['Russian', 'Country', 'demonym'], ['Foreign Minister', 'Person', 'title']]],
    ['The U.S. and the United States and US officials', [['U.S.', 'Country'], ['United States', 'Country'], ['US', 'Country']]],
    ['Assistant to Iranian Foreign Minister Seyed Rasoul Mousavi arrived.', [['Seyed Rasoul Mousavi', 'Person'], ['Iranian', 'Country', 'demonym']]],
    ['They met in the Tajik capital of Dushanbe.', [['Dushanbe', 'City'], ['Tajik', 'Country', 'demonym']]],
    ['The Taliban and NATO and the UN Security Council', [['Taliban', 'Organization'], ['NATO', 'Organization'], ['UN Security Council', 'Organization']]],
    ['The Federal Security Service said so.', [['Federal Security Service', 'Organization']]],
    ['Mr. Lavrov arrived.', [['Lavrov', 'Person']]],
    ['Wang put forward a five-point proposal.', [['five-point proposal', 'Proposal']]],
    ['They held an informal meeting on Afghanistan.', [['informal meeting', 'Event']]],
    ['Fighting continued in California and Crimea.', [['California', 'Location'], ['Crimea', 'Location']]],
  ];
  it.each(table)('%s', (sentence, expected) => {
    const x = extract(sentence);
    for (const [text, category, form] of expected) {
      const m = x.mentions.find((mm) => mm.text === text);
      expect(m, `${text} in ${JSON.stringify(x.mentions.map((mm) => mm.text))}`).toBeDefined();
      expect(m!.category).toBe(category);
      if (form) expect(m!.form).toBe(form);
      expect(sentence.slice(m!.start, m!.end)).toBe(m!.text);
    }
  });

  const nothing: Array<[string, string[]]> = [
    // [sentence, labels that must not become entities]
    ['State Councilor and Foreign Minister spoke.', ['Councilor', 'State Councilor', 'Foreign Minister']],
    ['First, urge them to act. Second, help them.', ['First', 'Second']],
    ['Other participants at the meeting said so.', ['Other participants']],
    ['Because we can, we will. Well, maybe.', ['Because', 'Well']],
    ['the us and them; in it; we told us', ['United States']],
  ];
  it.each(nothing)('nothing in: %s', (sentence, labels) => {
    const x = extract(sentence);
    for (const l of labels) expect(x.entities.find((e) => e.label === l), describeExtraction(x)).toBeUndefined();
  });
});

describe('resolution', () => {
  const text = `China, Russia, Pakistan and Iran agreed on Sept 16 to act. State Councilor and Foreign Minister Wang Yi spoke. Later Wang said that the four countries should urge the United States to act. U.S. officials and US diplomats listened.`;
  const x = extract(text, '2021-09-17');
  it('a later surname is the same person', () => {
    const wang = findEntity(x, 'Wang Yi')!;
    expect(wang.aliases).toContain('Wang');
    expect(x.entities.filter((e) => e.category === 'Person')).toHaveLength(1);
  });
  it('"the four countries" are the four countries listed before', () => {
    for (const c of ['China', 'Russia', 'Pakistan', 'Iran']) expect(hasRelation(x, c, 'URGED', 'United States'), describeExtraction(x)).toBe(true);
  });
  it('U.S., US and the United States are one node with an ISO3 code', () => {
    const us = x.entities.filter((e) => e.key === 'country:USA');
    expect(us).toHaveLength(1);
    expect(us[0].iso3).toBe('USA');
    expect(us[0].aliases).toEqual(expect.arrayContaining(['U.S.', 'US']));
  });
  it('titles are kept on the person', () => expect(findEntity(x, 'Wang Yi')!.titles).toEqual(['State Councilor', 'Foreign Minister']));
});

describe('relations', () => {
  const table: Array<[string, Array<[string, string, string]>]> = [
    ['Russian Foreign Minister Sergei Lavrov arrived.', [['Sergei Lavrov', 'REPRESENTS', 'Russia']]],
    ["China's Foreign Minister Wang Yi arrived.", [['Wang Yi', 'REPRESENTS', 'China']]],
    ['Sergei Lavrov, the Russian foreign minister, met Antony Blinken in Geneva.', [['Sergei Lavrov', 'REPRESENTS', 'Russia'], ['Sergei Lavrov', 'MET_WITH', 'Antony Blinken']]],
    ['Russia urged the United States to withdraw.', [['Russia', 'URGED', 'United States']]],
    ['The United States was urged by Russia to withdraw.', [['Russia', 'URGED', 'United States']]],
    ['China and Russia criticized Japan and South Korea.', [['China', 'CRITICIZED', 'Japan'], ['Russia', 'CRITICIZED', 'South Korea']]],
    ['Wang Yi attended a summit on climate in Paris.', [['Wang Yi', 'ATTENDED', '@summit'], ['@summit', 'HELD_IN', 'Paris']]],
    ['Officials met at a conference in Mosul, Iraq.', [['Mosul', 'LOCATED_IN', 'Iraq']]],
    ['Iran accused Israel of sabotage.', [['Iran', 'ACCUSED', 'Israel']]],
    ['The European Union imposed sanctions on Belarus.', [['European Union', 'SANCTIONED', 'Belarus']]],
    ['Wang Yi put forward a five-point proposal on Afghanistan.', [['Wang Yi', 'PROPOSED', '@proposal'], ['@proposal', 'ABOUT', 'Afghanistan']]],
    ['Ethiopian prime minister Abiy Ahmed and Somali president Hassan Sheikh Mohamud meet in Addis Ababa.', [['Abiy Ahmed', 'MET_WITH', 'Hassan Sheikh Mohamud']]],
    ['Russian forces attacked Ukraine.', [['Russia', 'ATTACKED', 'Ukraine']]],
    // where places and bodies lie: a place's kind after a demonym, a town before its region, an institution's site
    ['A crew ran the train in the Indian state of Karnataka.', [['Karnataka', 'LOCATED_IN', 'India']]],
    // the English name of a town GeoNames names in its own language; an institution named for its place
    ['Talks resumed in Geneva on Monday.', [['Geneva', 'LOCATED_IN', 'Switzerland']]],
    ['Scientists from the University of Bristol said so.', [['University of Bristol', 'LOCATED_IN', 'Bristol'], ['Bristol', 'LOCATED_IN', 'United Kingdom']]],
    ['Police in Clairton, Pennsylvania, responded on Saturday.', [['Clairton', 'LOCATED_IN', 'Pennsylvania'], ['Pennsylvania', 'LOCATED_IN', 'United States']]],
    ['The debate is to be held at Belmont University in Nashville, Tennessee.', [['Belmont University', 'LOCATED_IN', 'Nashville']]],
    ["Pakistan's Supreme Court ruled on Monday.", [['Supreme Court', 'PART_OF', 'Pakistan']]],
    ['On Thursday, UK-based retailer Tesco sold its Polish stores.', [['Tesco', 'LOCATED_IN', 'United Kingdom']]],
    // family: a word for a family member between two people; the surname before it names another member of the family
    ['Veranika Tsapkala, wife of Valery Tsapkala, fled the country.', [['Veranika Tsapkala', 'RELATIVE_OF', 'Valery Tsapkala']]],
    ['Tony Mendez died. Mendez\'s wife Jonna Mendez said he was an artist.', [['Jonna Mendez', 'RELATIVE_OF', 'Tony Mendez']]],
    // a party's member word before a name, and the one party of that word the document names
    ['Republican Larry Hogan spoke after the Republican Party met.', [['Larry Hogan', 'REPRESENTS', 'Republican Party']]],
    // whom a titled person works for: an organisation before the title's field words, inside the title, after "of" past a country's possessive
    ['Syracuse University pop culture professor Robert Thompson remarked on the show.', [['Robert Thompson', 'REPRESENTS', 'Syracuse University']]],
    ['Amazon Environmental Research Institute Director Ane Alencar said the fires were set.', [['Ane Alencar', 'REPRESENTS', 'Amazon Environmental Research Institute']]],
    ["Nikki Holland of the UK's National Crime Agency said the site was closed.", [['Nikki Holland', 'REPRESENTS', 'National Crime Agency']]],
  ];
  it.each(table)('%s', (sentence, expected) => {
    const x = extract(sentence, '2025-01-01');
    for (const [s, p, t] of expected) expect(hasRelation(x, s, p, t), `${s} ${p} ${t}\n${describeExtraction(x)}`).toBe(true);
    for (const r of x.relations) for (const e of r.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(sentence.length);
      expect(e.rule).toBeTruthy();
    }
  });

  const none: string[] = [
    'The weather in Paris was fine and people walked.',
    'Russia, a large country, has many rivers.',
    'They also hope that the Taliban will make a clean break with all terrorist organizations and urge the international community, especially the United States, to act.',
    'The meeting was cancelled.',
    // a list of regions is no chain of places in one another; a former president under whom someone served represents no one
    'Attorneys general from Maine, New York, New Jersey and Connecticut joined the action.',
    'Bolton served as ambassador to the United Nations under former president George W. Bush.',
    'Wisconsin circuit court judge Hannah Dugan was in court.',
    'Democrat Chuck Schumer was in Baltimore with the Maryland Democratic Party.',
    'The Church of Saint George was restored.',
  ];
  it.each(none)('no actor relation in: %s', (sentence) => {
    const x = extract(sentence, '2025-01-01');
    const actorRelations = x.relations.filter((r) => !['LOCATED_IN', 'HELD_IN', 'ABOUT'].includes(r.predicate));
    expect(actorRelations, describeExtraction(x)).toEqual([]);
    expect(x.relations.filter((r) => r.predicate === 'LOCATED_IN' && !r.target.startsWith('country:')), describeExtraction(x)).toEqual([]);
  });
});

describe('dateline', () => {
  const table: Array<[string, { date?: string; city?: string } | undefined]> = [
    [' date 2021-09-17 DUSHANBE - Senior officials from China', { date: '2021-09-17', city: 'DUSHANBE' }],
    ['Friday, January 4, 2019 \n\n\nAn apartment building collapsed', { date: '2019-01-04' }],
    ['MOSCOW - The Kremlin said', { city: 'MOSCOW' }],
    ['Senior officials from China met.', undefined],
  ];
  it.each(table)('%j', (text, expected) => {
    const d = parseDateline(text);
    if (!expected) return expect(d).toBeUndefined();
    expect(d?.date).toBe(expected.date);
    expect(d?.city?.text).toBe(expected.city);
    if (d?.city) expect(text.slice(d.city.start, d.city.end)).toBe(d.city.text);
  });
  it('keeps the dateline out of the first sentence, with offsets into the original text', () => {
    const text = ' date 2021-09-17 DUSHANBE - Senior officials from China, Russia, Pakistan and Iran agreed on Sept 16 to act.';
    const x = extract(text);
    expect(x.doc.date).toBe('2021-09-17');
    const china = x.mentions.find((m) => m.text === 'China')!;
    expect(text.slice(china.start, china.end)).toBe('China');
    const city = x.mentions.find((m) => m.rule === 'dateline.city')!;
    expect(city.entity).toBe('city:TJK:dushanbe');
    expect(x.mentions.every((m) => m.start >= 0 && m.end <= text.length && text.slice(m.start, m.end) === m.text)).toBe(true);
  });
});
