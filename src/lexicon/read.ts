/** lexicon/read: loading a data file of the lexicon, and the folding, slugs and tokens names are compared by. */
import { readFileSync } from 'node:fs';
import { KgError } from '../errors.js';

/** A JSON file of ./data, or a KgError that says which and how to fix it. */
export const readData = <T>(name: string): T => {
  const url = new URL(`./data/${name}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (err) {
    throw new KgError('E_LEXICON', `cannot load lexicon ${name}: ${(err as Error).message}`, 'Fix the JSON in src/lexicon/data/ (the lexicon test names the problem).');
  }
};

const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th', ð: 'd' };
/** Lower case without accents, as names are compared: "Khān Yūnis" and "Khan Yunis", "Łódź" and "Lodz" are one name. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[łđøßæœıħþð]/g, (c) => FOLD[c]);
}

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

/** Splits a name into the tokens compromise makes of it: at spaces, and at hyphens between letters ("Urus-Martan"). */
export const tokenize = (name: string): string[] => name.split(/\s+|(?<=\p{L})-(?=\p{L})/u).filter(Boolean);
