/** ingest/dateline: finds the dateline at the head of an article (date and city), kept out of the first sentence. */
import type { Dateline } from '../model.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ` date 2021-09-17 DUSHANBE - ` (the seed's wire format); the city is optional. */
const WIRE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(?:([A-Z][A-Z'.\- ]*[A-Z.])\s*(?:,\s*[A-Za-z. ]+?)?\s+[-–—]+\s+)?/;
/** `Friday, January 4, 2019` on a line of its own (Wikinews). */
const LONG = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})[ \t]*(?:\r?\n|$)/;
/** `DUSHANBE, Sept 17 (Xinhua) -- ` or `MOSCOW - ` (agency style). */
const CITY = /^\s*([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+)*)(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([A-Za-z ]+\))?\s+[-–—]+\s+/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads a dateline at the start of `text`. Returns undefined when there is none. Pure. */
export function parseDateline(text: string): Dateline | undefined {
  const wire = WIRE.exec(text);
  if (wire) {
    const dateline: Dateline = { start: wire.index + wire[0].indexOf('date'), end: wire[0].length, date: wire[1] };
    if (wire[2]) {
      const start = wire[0].indexOf(wire[2], wire[0].indexOf(wire[1]) + wire[1].length);
      dateline.city = { text: wire[2].trim(), start, end: start + wire[2].trim().length };
    }
    return dateline;
  }
  const long = LONG.exec(text);
  if (long) {
    const month = MONTHS.indexOf(long[1].toLowerCase());
    if (month >= 0) {
      const start = text.length - text.trimStart().length;
      return { start, end: long[0].length, date: `${long[3]}-${pad(month + 1)}-${pad(Number(long[2]))}` };
    }
  }
  const city = CITY.exec(text);
  // a headline in capitals ("SOCCER - JAPAN GET LUCKY WIN.") has a section slug, not a city, before its dash
  const restOfLine = city ? text.slice(city[0].length, text.indexOf('\n', city[0].length) >>> 0) : '';
  if (city && city[1].length >= 3 && /\p{Ll}/u.test(restOfLine)) {
    const start = city[0].indexOf(city[1]);
    return { start, end: city[0].length, city: { text: city[1], start, end: start + city[1].length } };
  }
  return undefined;
}

/** Title-cases an all-capitals place name from a dateline: `DUSHANBE` → `Dushanbe`. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-'.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
