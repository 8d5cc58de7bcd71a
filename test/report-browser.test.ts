/**
 * out/report.html in a real browser: headless Chromium (Debian package `chromium`) driven by
 * playwright-core. No console errors and no network requests; a heatmap cell per code × informant
 * with the counts of matrix/code-by-informant.csv; the filters work by mouse and keyboard; narrow
 * windows, dark mode and print; a screenshot. Skipped with a message where /usr/bin/chromium is
 * absent (.ci/run installs it).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report-browser.test.ts: ${CHROMIUM} is not installed, skipping the browser test of report.html (apt-get install chromium)`);

const LAUNCH = {
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

describe.skipIf(!hasChromium)('report.html in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let out: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-browser-')), 'pujud');
    cpSync(path.join(import.meta.dirname, '..', 'samples', 'pujud'), dir, { recursive: true, filter: (s) => !s.split(path.sep).includes('out') });
    expect((await run(['run', dir])).code).toBe(0);
    out = path.join(dir, 'out');
    browser = await chromium.launch(LAUNCH);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  const visible = () => page.locator('#evidence li[data-polarity]:visible');
  const all = () => page.locator('#evidence li[data-polarity]');

  it('loads without console errors or network requests', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('has a heatmap cell per code × informant showing the counts of code-by-informant.csv', async () => {
    const matrix = parse(readFileSync(path.join(out, 'matrix', 'code-by-informant.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const informants = Object.keys(matrix[0]!).filter((k) => k !== 'code' && k !== 'label');
    const cells = await page.$$eval('table.heat td[data-code]', (tds) => tds.map((td) => ({
      code: td.getAttribute('data-code'), informant: td.getAttribute('data-informant'), shown: td.querySelector('.n')!.textContent,
      header: td.closest('tr')!.querySelector('th')!.textContent,
    })));
    expect(cells.length).toBe(matrix.length * informants.length);
    for (const row of matrix) {
      for (const inf of informants) {
        const cell = cells.find((c) => c.code === row.code && c.informant === inf);
        expect(cell?.shown, `${row.code} × ${inf}`).toBe(row[inf]);
        expect(cell?.header).toBe(row.label);
      }
    }
  });

  it('filters the quotes by informant, polarity and group when clicked', async () => {
    const total = await all().count();
    expect(await visible().count()).toBe(total);
    await expect.poll(() => page.locator('#filter-status').textContent()).toBe(`${total} dari ${total} kutipan ditampilkan`);
    await page.selectOption('#f-informant', 'pujud-kapolsek');
    const kapolsek = await page.locator('#evidence li[data-informant="pujud-kapolsek"]').count();
    expect(kapolsek).toBeGreaterThan(0);
    expect(await visible().count()).toBe(kapolsek);
    expect(await page.locator('#filter-status').textContent()).toBe(`${kapolsek} dari ${total} kutipan ditampilkan`);
    await page.getByLabel('batasan', { exact: true }).click();
    const limits = await page.locator('#evidence li[data-informant="pujud-kapolsek"][data-polarity="limit"]').count();
    expect(await visible().count()).toBe(limits);
    for (const p of await visible().evaluateAll((lis) => lis.map((li) => li.getAttribute('data-polarity')))) expect(p).toBe('limit');
    await page.getByRole('button', { name: 'Tampilkan semua' }).click();
    await expect.poll(() => visible().count()).toBe(total);
    await page.selectOption('#f-group', 'masyarakat');
    expect(await visible().count()).toBe(await page.locator('#evidence li[data-group="masyarakat"]').count());
    await page.getByRole('button', { name: 'Tampilkan semua' }).click();
  });

  it('a heatmap count opens that code filtered to that informant', async () => {
    await page.click('table.heat td[data-code="komitmen-proses"][data-informant="pujud-warga"] a');
    expect(await page.inputValue('#f-informant')).toBe('pujud-warga');
    const shown = await page.locator('#ev-komitmen-proses li[data-polarity]:visible').count();
    expect(String(shown)).toBe(await page.getAttribute('table.heat td[data-code="komitmen-proses"][data-informant="pujud-warga"]', 'data-count'));
    expect(page.url()).toMatch(/#ev-komitmen-proses$/);
    await page.getByRole('button', { name: 'Tampilkan semua' }).click();
  });

  it('the filters work from the keyboard', async () => {
    await page.focus('#f-group');
    await page.keyboard.press('ArrowDown');
    const group = await page.inputValue('#f-group');
    expect(group).not.toBe('');
    expect(await visible().count()).toBe(await page.locator(`#evidence li[data-group="${group}"]`).count());
    await page.keyboard.press('Tab'); // the coder filter
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-coder');
    await page.keyboard.press('Tab'); // the polarity radios
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('input[name="polarity"]:checked').getAttribute('value')).toBe('support');
    for (const p of await visible().evaluateAll((lis) => lis.map((li) => li.getAttribute('data-polarity')))) expect(p).toBe('support');
    await page.getByRole('button', { name: 'Tampilkan semua' }).click();
  });

  it('fits a narrow window (tables scroll inside their own regions), follows dark mode and hides the filters in print', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).toBe('rgb(17, 20, 24)');
    expect(light).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('takes a screenshot', async () => {
    const file = path.join(path.dirname(out), 'report.png');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(10000);
    expect(problems).toEqual([]);
  });
});
