/**
 * The /admin/data import form, filled as an officer would (issue 17): shared by the demo's
 * spec (data-import.spec.ts) and the real server's (server.spec.ts).
 */
import type { Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { REGIONS } from '../../src/config/regions';

export const TOTAL = 40105; // data-dam-jobs, split by region on dd-jobs-by-region
export const SOURCE = '과기정통부 데이터 댐 참여인력 시·도 집계 (2021.3.)';

/** The 17 short names (서울 …), 서울 taking the remainder, as CP949 bytes (Korean Excel's). */
export function cp949Csv(): Buffer {
  const rows = REGIONS.map((r, i) => `${r.ko},${i === 0 ? TOTAL - 16 * 1000 : 1000}`);
  return iconv.encode(['시도,참여인력', ...rows].join('\r\n'), 'cp949');
}

/** Picks the target, attaches the file through the browser's file chooser, names the source. */
export async function fillImportForm(page: Page, target: string, file: Buffer, source: string) {
  await page.getByTestId('import-target').click();
  await page.getByRole('option', { name: target }).click();
  // Mantine's FileInput opens the browser's file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-file').click();
  await (await chooser).setFiles({ name: '참여인력.csv', mimeType: 'text/csv', buffer: file });
  await page.getByLabel('자료 출처 (문서명, 날짜)').fill(source);
}
