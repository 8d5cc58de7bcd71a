#!/usr/bin/env node
// npm run screenshot — regenerates docs/report.png (the README's picture of the report): runs the
// sample project into a temporary folder and photographs the top of out/report.html (summary and
// heatmap) in headless Chromium. Needs /usr/bin/chromium (apt-get install chromium).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.join(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is not installed: apt-get install chromium`);
  process.exit(1);
}
const out = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-shot-')), 'out');
execFileSync(process.execPath, [path.join(root, 'bin', 'telaah.js'), 'run', path.join(root, 'samples', 'pujud'), '--out', out], { stdio: 'inherit' });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 1160 } });
await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
const file = path.join(root, 'docs', 'report.png');
await page.screenshot({ path: file });
await browser.close();
console.log(`wrote ${path.relative(process.cwd(), file)}`);
