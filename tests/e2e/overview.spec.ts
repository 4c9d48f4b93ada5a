import { expect, login, panelsSettled, test } from './fixtures';

test.describe('the overview at 1440×900', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await login(page, 'analyst', '/overview');
    await panelsSettled(page);
  });

  test('tells the release’s story on its first screen, without scrolling', async ({ page }) => {
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const headline = page.getByRole('region', { name: '핵심 지표' });
    for (const figure of ['약 1.6조원', '81개', '12,486개', '(86.8%)', '49,157명']) {
      await expect(headline.getByText(figure, { exact: true }), figure).toBeInViewport({
        ratio: 1,
      });
    }
    const flagships = page.getByRole('region', { name: '5대 대표 과제의 핵심 성과' });
    for (const name of [
      '데이터 댐',
      'AI+X 인공지능 융합',
      '5G MEC 융합서비스',
      '닥터앤서',
      'K-사이버방역',
    ]) {
      await expect(flagships.getByRole('link', { name }), name).toBeInViewport({ ratio: 1 });
    }
    const growth = page.getByRole('region', { name: '공급기업 증가 (2019→2020)' });
    await expect(growth.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    // The pairs share one scale: all the first pairs' dumbbells are on screen.
    const dumbbells = growth.locator('[data-chart="dumbbell"]');
    await expect(dumbbells).toHaveCount(4);
    for (let i = 0; i < 3; i++) await expect(dumbbells.nth(i)).toBeInViewport({ ratio: 1 });
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
