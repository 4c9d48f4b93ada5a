// Takes screenshots of pages for a visual check: node scripts/screenshot.mjs <baseUrl> <outDir> [w] [h] [scheme] [lang]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const [
  base = 'http://localhost:5173',
  out = 'screenshots',
  w = '1440',
  h = '900',
  scheme = 'light',
  lang = 'ko',
] = process.argv.slice(2);
const pages = (process.env.PAGES ?? '/overview,/data-dam,/ai-x,/mec,/doctor-answer,/k-cyber').split(
  ',',
);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: { width: Number(w), height: Number(h) },
  colorScheme: scheme,
});
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.addInitScript(
  ([s, l]) => {
    localStorage.setItem('mantine-color-scheme-value', s);
    localStorage.setItem('dnd.lang', l);
  },
  [scheme, lang],
);
await page.goto(`${base}/login`);
await page.getByRole('button', { name: lang === 'ko' ? '로그인' : 'Sign in' }).waitFor();
await page.screenshot({ path: `${out}/login-${w}-${scheme}-${lang}.png`, fullPage: true });
await page.getByLabel(lang === 'ko' ? /^아이디/ : /^ID/).fill('analyst');
await page.getByLabel(lang === 'ko' ? /^비밀번호/ : /^Password/).fill('demo1234!');
await page.keyboard.press('Enter');
await page.waitForURL('**/overview');
for (const p of pages) {
  await page.goto(`${base}${p}`);
  // The page heading is there and no panel is still loading (pages without panels too).
  await page.waitForFunction(
    () =>
      document.querySelector('h1') !== null &&
      [...document.querySelectorAll('[data-panel-id]')].every(
        (e) => e.getAttribute('data-state') !== 'loading',
      ),
    null,
    { timeout: 15000 },
  );
  await page.evaluate(() => document.fonts.ready);
  const name = p.replace(/[/?=&,]/g, '_');
  await page.screenshot({ path: `${out}/${name}-${w}-${scheme}-${lang}.png`, fullPage: true });
  // SLICES=n: also n readable slices of a long page, 1200 px each.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i < Number(process.env.SLICES ?? 0) && i * 1200 < height; i++) {
    await page.screenshot({
      path: `${out}/${name}-${w}-${scheme}-${lang}-part${i + 1}.png`,
      fullPage: true,
      clip: { x: 0, y: i * 1200, width: Number(w), height: Math.min(1200, height - i * 1200) },
    });
  }
  console.log('shot', p);
}
await browser.close();
