import { expect, login, panelsSettled, test } from './fixtures';

/** What the first screen holds, in each language: the data's own words and figures. */
const FIRST_SCREEN = {
  ko: {
    headline: '핵심 지표',
    figures: ['약 1.6조원', '81개', '12,486개', '(86.8%)', '49,157명'],
    flagships: '5대 대표 과제의 핵심 성과',
    links: ['데이터 댐', 'AI+X 인공지능 융합', '5G MEC 융합서비스', '닥터앤서', 'K-사이버방역'],
    growth: '공급기업 증가 (2019→2020)',
  },
  en: {
    headline: 'Headline figures',
    figures: [
      'about KRW 1.6 trillion',
      '81 projects',
      '12,486 organisations',
      '(86.8%)',
      '49,157 people',
    ],
    flagships: 'The five flagships: one key result each',
    links: ['Data Dam', 'AI+X convergence', '5G MEC services', 'Dr. Answer', 'K-Cyber Defence'],
    growth: 'Supplier growth (2019→2020)',
  },
} as const;

for (const lang of ['ko', 'en'] as const) {
  test.describe(`the overview at 1440×900, ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await login(page, 'analyst', '/overview');
      // The language the app starts in, as a reader who chose it last time finds it.
      await page.evaluate((l) => localStorage.setItem('dnd.lang', l), lang);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await panelsSettled(page);
    });

    test('tells the release’s story on its first screen, without scrolling', async ({ page }) => {
      const want = FIRST_SCREEN[lang];
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const headline = page.getByRole('region', { name: want.headline });
      for (const figure of want.figures) {
        await expect(headline.getByText(figure, { exact: true }), figure).toBeInViewport({
          ratio: 1,
        });
      }
      const flagships = page.getByRole('region', { name: want.flagships });
      for (const name of want.links) {
        await expect(flagships.getByRole('link', { name }), name).toBeInViewport({ ratio: 1 });
      }
      const growth = page.getByRole('region', { name: want.growth });
      await expect(growth.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
      // The pairs share one scale: all the first pairs' dumbbells are on screen.
      const dumbbells = growth.locator('[data-chart="dumbbell"]');
      await expect(dumbbells).toHaveCount(4);
      for (let i = 0; i < 3; i++) await expect(dumbbells.nth(i)).toBeInViewport({ ratio: 1 });
    });

    test('writes nothing under 12 px', async ({ page }) => {
      const smallest = await page.evaluate(() => {
        let min = { size: Infinity, text: '' };
        for (const el of document.querySelectorAll('body *')) {
          const own = [...el.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent ?? '')
            .join('')
            .trim();
          if (!own) continue;
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.visibility === 'hidden') continue;
          const size = parseFloat(style.fontSize);
          if (size < min.size) min = { size, text: own.slice(0, 40) };
        }
        return min;
      });
      expect(smallest.size, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(12);
    });

    test('a headline label cut to two lines is whole in its title and its source popover', async ({
      page,
    }) => {
      const headline = page.getByRole('region', { name: FIRST_SCREEN[lang].headline });
      const figure = headline.locator('[title]').first();
      const label = await figure.getAttribute('title');
      expect(label).toBeTruthy();
      await expect(figure).toHaveText(label!);
      await headline
        .getByRole('button', { name: new RegExp(`: ${escapeRegExp(label!)}$`) })
        .click();
      await expect(page.getByRole('dialog').getByText(label!, { exact: true })).toBeVisible();
    });
  });
}

test.describe('the overview at 1440×900', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await login(page, 'analyst', '/overview');
    await panelsSettled(page);
  });

  test('a flagship’s name leads to its page, with the filters in force', async ({ page }) => {
    await page.goto('/overview?region=gwangju');
    await panelsSettled(page);
    await page
      .getByRole('region', { name: '5대 대표 과제의 핵심 성과' })
      .getByRole('link', { name: '닥터앤서' })
      .click();
    await expect(page).toHaveURL(/\/doctor-answer\?region=gwangju$/);
    await expect(page.getByRole('heading', { level: 1, name: '닥터앤서' })).toBeVisible();
  });

  test('the header’s basket link says in its name what it shows (WCAG 2.5.3)', async ({ page }) => {
    const link = page.getByRole('banner').getByRole('link', { name: /보고서 바구니/ });
    await expect(link).toHaveAccessibleName('보고서 바구니: 0개');
    // What a sighted reader sees (visually hidden words left out) is a word of that name, as
    // speech input users say it ("click 0개").
    const shown = await link.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.mantine-VisuallyHidden-root').forEach((n) => n.remove());
      return (copy.textContent ?? '').trim();
    });
    expect(shown).toBe('0개');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
