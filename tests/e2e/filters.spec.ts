import { expect, login, panelsSettled, test } from './fixtures';

test('filter by clicking a tile on the map; Back restores the previous filter', async ({
  page,
}) => {
  await login(page, 'viewer', '/mec');
  await page.getByRole('button', { name: '지도에서 지역 선택' }).click();
  const map = page.getByRole('group', { name: '시·도 타일 지도' });
  // The map is shaded by an illustrative split and says so; each tile is named by its figure too.
  await expect(map).toHaveAccessibleName(
    '시·도 타일 지도: 참여 기업·기관 지역별 분포 (예시 데이터)',
  );
  await expect(page.getByTestId('region-map-legend')).toContainText('예시 데이터');
  await expect(map.getByRole('button', { name: /^광주 [\d,]+$/ })).toBeVisible();
  await map.getByRole('button', { name: '광주' }).click();
  await expect(page).toHaveURL(/\/mec\?region=gwangju$/);
  await expect(map.getByRole('button', { name: '광주' })).toHaveAttribute('aria-pressed', 'true');
  const services = page.getByRole('region', { name: '7개 5G 융합서비스와 수요처' });
  await expect(services.getByRole('cell', { name: '인천공항' })).toHaveCount(0);
  await expect(services.getByRole('cell', { name: '광주교육청' })).toBeVisible();

  await map.getByRole('button', { name: '인천' }).click();
  await expect(page).toHaveURL(/\/mec\?region=incheon,gwangju$/);
  await expect(services.getByRole('cell', { name: '인천공항' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/mec\?region=gwangju$/);
  await expect(services.getByRole('cell', { name: '인천공항' })).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/mec$/);
  await expect(services.getByRole('cell', { name: '인천공항' })).toBeVisible();
});

test('filter by the sector select; the split panel is labelled illustrative and sums', async ({
  page,
}) => {
  await login(page, 'viewer', '/overview');
  await page.getByRole('combobox', { name: '업종' }).click();
  await page.getByRole('option', { name: '제조' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/overview\?sector=manufacturing$/);
  await expect(page.getByTestId('filters-in-words')).toHaveText('적용 중: 지역: 전국 · 업종: 제조');
  const bySector = page.getByRole('region', { name: '참여 기업·기관 업종별 분포' });
  await expect(bySector.getByText('예시 데이터', { exact: true })).toBeVisible();
  await expect(bySector.getByText(/전국 합계 \(공식\)/)).toContainText('12,486개');
  await panelsSettled(page);
});

test('a shared link opens the same view in a fresh browser', async ({ page, browser }) => {
  await login(page, 'viewer', '/k-cyber?region=busan&sector=ict');
  await expect(page.getByTestId('filters-in-words')).toHaveText(
    '적용 중: 지역: 부산 · 업종: ICT·SW',
  );
  const url = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  // A new browser has no session: login first, then land on the shared view.
  await other.getByLabel(/^아이디/).fill('analyst');
  await other.getByLabel(/^비밀번호/).fill('demo1234!');
  await other.getByRole('button', { name: '로그인' }).click();
  await expect(other).toHaveURL(url);
  await expect(other.getByTestId('filters-in-words')).toHaveText(
    '적용 중: 지역: 부산 · 업종: ICT·SW',
  );
  await fresh.close();
});

test('reset clears both filters in one click', async ({ page }) => {
  await login(page, 'viewer', '/data-dam?region=seoul&sector=ict');
  await page.getByRole('button', { name: '필터 초기화' }).click();
  await expect(page).toHaveURL(/\/data-dam$/);
});
