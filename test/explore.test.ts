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
import { generatedGraph } from './generated.js';
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
  let largePage: string;
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
    // a large graph (over 1,000 nodes) on a grid, every node the same size, so that each can be pointed at
    const large = generatedGraph(1600, 4800);
    large.forEachNode((n) => large.mergeNodeAttributes(n, { x: Number(n.slice(1)) % 40, y: Math.floor(Number(n.slice(1)) / 40), size: 3 }));
    largePage = path.join(mkdtempSync(path.join(tmpdir(), 'kg-explore-large-')), 'index.html');
    writeFileSync(largePage, renderPage(large));
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

  it('draws large graphs with programs software WebGL runs fast, and still points, hovers and focuses on them', async () => {
    const w = await open(largePage);
    type Kg = { kg: { renderer: { getNodeDisplayData(n: string): { type: string; size: number; highlighted?: boolean; x: number; y: number }; getEdgeDisplayData(e: string): { type: string; hidden?: boolean }; graphToViewport(p: { x: number; y: number }): { x: number; y: number } }; graph: { edges(n?: string): string[]; size: number } } };
    const display = (node: string) => w.page.evaluate((n) => (window as unknown as Kg).kg.renderer.getNodeDisplayData(n), node);
    const edgeTypes = () => w.page.evaluate(() => {
      const { graph, renderer } = (window as unknown as Kg).kg;
      const count = (edges: string[]) => {
        const out: Record<string, number> = {};
        for (const e of edges) {
          const d = renderer.getEdgeDisplayData(e);
          const k = d.hidden ? 'hidden' : d.type;
          out[k] = (out[k] ?? 0) + 1;
        }
        return out;
      };
      const own = graph.edges('n0');
      return { own: count(own), all: count(graph.edges()), total: graph.size, ownTotal: own.length };
    });
    expect((await display('n0')).type).toBe('point');
    const before = await edgeTypes();
    expect(before.all).toEqual({ thin: before.total });
    // point at n0: sigma's picking finds it (hover highlights it), a click opens its details
    const box = (await w.page.locator('#graph').boundingBox())!;
    const at = await w.page.evaluate(() => {
      const r = (window as unknown as Kg).kg.renderer;
      return r.graphToViewport(r.getNodeDisplayData('n0'));
    });
    await w.page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(async () => (await display('n0')).highlighted).toBe(true);
    await w.page.mouse.click(box.x + at.x, box.y + at.y);
    const details = w.page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.locator('h2').textContent()).toBe('Entity 0');
    // focused: its own edges are arrows, the others hidden, and nodes outside the neighbourhood shrink so they do not cover them
    await w.page.mouse.move(box.x + 2, box.y + 2);
    const after = await edgeTypes();
    expect(after.own).toEqual({ arrow: after.ownTotal });
    expect(after.all.hidden).toBe(after.total - after.ownTotal);
    const far = await w.page.evaluate(() => {
      const { graph } = (window as unknown as { kg: { graph: { nodes(): string[]; areNeighbors(a: string, b: string): boolean } } }).kg;
      return graph.nodes().find((n) => n !== 'n0' && !graph.areNeighbors(n, 'n0'))!;
    });
    expect((await display(far)).size).toBeLessThan((await display('n0')).size);
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
