/** The explore page in real Chromium, opened from file:// — offline, searchable, filterable, and safe with hostile names. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../src/explore/page.js';
import { buildGraph } from '../src/graph/build.js';
import { layout } from '../src/layout/layout.js';
import { build } from '../src/pipeline.js';
import { launchChromium } from './browser.js';
import { ROOT } from './helpers.js';

interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

describe('explore page', () => {
  let browser: Browser;
  let seedPage: string;
  let evilPage: string;
  const EVIL = '<img src=x onerror=alert(1)>';

  beforeAll(async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kg-explore-'));
    await build({ inputs: [path.join(ROOT, 'seeds')], out, formats: ['html'] });
    seedPage = path.join(out, 'index.html');
    // a graph whose names and sentences are hostile HTML, as a scraped page could make them
    const sentence = `${EVIL} met Wang Yi </script><script>alert(4)</script> <b onmouseover=alert(3)>t</b>`;
    const evidence = [{ document: '<script>alert(2)</script>', sentence: 0, start: 0, end: sentence.length, text: sentence, rule: 'test' }];
    const { graph } = buildGraph([
      {
        doc: { id: '<script>alert(2)</script>', title: '<b onmouseover=alert(3)>t</b>', origin: { file: 'x' } },
        mentions: [],
        entities: [
          { key: 'person:evil', label: EVIL, category: 'Person', aliases: ['"><svg onload=alert(5)>'], mentions: 1, documents: ['<script>alert(2)</script>'], spans: [], rules: ['test'] },
          { key: 'person:wang-yi', label: 'Wang Yi', category: 'Person', aliases: [], mentions: 1, documents: ['<script>alert(2)</script>'], spans: [], rules: ['test'] },
        ],
        relations: [{ source: 'person:evil', predicate: 'MET_WITH', target: 'person:wang-yi', eventType: 'CONSULT', evidence }],
        diagnostics: [],
      },
    ]);
    layout.assign(graph);
    evilPage = path.join(mkdtempSync(path.join(tmpdir(), 'kg-explore-evil-')), 'index.html');
    writeFileSync(evilPage, renderPage(graph));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => browser?.close());

  async function open(file: string): Promise<Watched> {
    const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
    const w: Watched = { page, errors: [], requests: [], dialogs: [] };
    page.on('console', (m) => m.type() === 'error' && w.errors.push(m.text()));
    page.on('pageerror', (e) => w.errors.push(e.message));
    page.on('request', (r) => !/^(file|data|blob):/.test(r.url()) && w.requests.push(r.url()));
    page.on('dialog', async (d) => {
      w.dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`file://${file}`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    return w;
  }

  it('opens offline from file:// with no console errors and no network requests, and draws the graph', async () => {
    const w = await open(seedPage);
    await w.page.waitForTimeout(500);
    const png = PNG.sync.read(await w.page.locator('#graph').screenshot());
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
    expect(colours.size, 'the canvas is not blank').toBeGreaterThan(5);
    expect(w.errors).toEqual([]);
    expect(w.requests).toEqual([]);
    await w.page.close();
  });

  it('finds Wang Yi by search and shows China under REPRESENTS with the sentence that says so', async () => {
    const w = await open(seedPage);
    const search = w.page.getByRole('searchbox');
    await search.fill('Wang');
    await w.page.getByRole('option', { name: /Wang Yi/ }).first().click();
    const details = w.page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.locator('h2').textContent()).toBe('Wang Yi');
    const represents = details.locator('li.relation[data-predicate="REPRESENTS"]');
    await expect.poll(() => represents.locator('.relation-head').textContent()).toMatch(/REPRESENTS\s*China/);
    expect(await represents.locator('.sentence').first().textContent()).toContain('State Councilor and Foreign Minister Wang Yi, Russian Foreign Minister Sergei Lavrov');
    expect(await represents.locator('.sentence mark').first().textContent()).toBe('Wang Yi');
    expect(await represents.locator('.source').first().textContent()).toContain('000_cf50b3a85d0d2923.txt');
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('hides the country nodes when Country is filtered out in the legend', async () => {
    const w = await open(seedPage);
    const hiddenCountries = () => w.page.evaluate(() => {
      const kg = (window as unknown as { kg: { graph: { filterNodes(f: (n: string, a: { category: string }) => boolean): string[] }; renderer: { getNodeDisplayData(n: string): { hidden?: boolean } | undefined } } }).kg;
      const countries = kg.graph.filterNodes((_, a) => a.category === 'Country');
      return { total: countries.length, hidden: countries.filter((n) => kg.renderer.getNodeDisplayData(n)?.hidden).length };
    });
    expect((await hiddenCountries()).hidden).toBe(0);
    const button = w.page.locator('#legend button', { hasText: 'Country' });
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    const after = await hiddenCountries();
    expect(after.total).toBeGreaterThan(0);
    expect(after.hidden).toBe(after.total);
    await w.page.close();
  });

  it('shows hostile names as text and runs nothing', async () => {
    const w = await open(evilPage);
    await w.page.getByRole('searchbox').fill('img');
    const option = w.page.getByRole('option').first();
    expect(await option.textContent()).toContain(EVIL);
    await option.click();
    const details = w.page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.locator('h2').textContent()).toBe(EVIL);
    expect(await details.locator('.sentence').first().textContent()).toContain('</script><script>alert(4)</script>');
    expect(await w.page.locator('img, svg[onload]').count()).toBe(0);
    expect(await w.page.locator('b[onmouseover]').count()).toBe(0);
    await w.page.waitForTimeout(300);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('embeds the data so that no "</script" can end it early', () => {
    const html = readFileSync(evilPage, 'utf8');
    const data = html.slice(html.indexOf('id="kg-data">'), html.indexOf('</script>', html.indexOf('id="kg-data">')));
    expect(data).not.toMatch(/<\/script/i);
    expect(data).toContain('\\u003cimg src=x onerror=alert(1)>');
    expect(html.match(/<script/g)).toHaveLength(2); // the data and the bundle, nothing from the text
  });
});
