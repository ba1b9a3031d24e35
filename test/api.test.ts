/** Pins the public API: a change here is a change users see. */
import { expect, it } from 'vitest';
import * as kg from '../src/index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(kg).sort()).toEqual(
    ['CATEGORIES', 'CATEGORY_COLORS', 'DEFAULT_BUILD_OPTIONS', 'FACTUALITIES', 'DEFAULT_LAYOUT_OPTIONS', 'FORMATS', 'KgError', 'analyze', 'build', 'buildGraph', 'edgeKey', 'extractDocument', 'extractionLine', 'layout', 'lexicon', 'listInputs', 'parseDateline', 'parseDocument', 'readDocuments', 'slug', 'toGexf', 'toJson', 'writeAtomic'].sort(),
  );
  expect(typeof kg.layout.assign).toBe('function');
  expect(Object.isFrozen(kg.DEFAULT_BUILD_OPTIONS)).toBe(true);
  expect(Object.isFrozen(kg.DEFAULT_LAYOUT_OPTIONS)).toBe(true);
});
