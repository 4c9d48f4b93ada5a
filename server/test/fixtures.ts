import type { AuditEntryInput } from '../../src/lib/api/schemas';

/** A valid export record, as the client sends it. */
export const exportEntry = (over: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  pageId: 'data-dam',
  pageTitle: { ko: '데이터 댐', en: 'Data Dam' },
  panelId: 'dd-suppliers',
  panelTitle: { ko: '공급기업 증가', en: 'Supplier growth' },
  filters: { region: ['gwangju'], sector: [] },
  filtersText: '지역: 광주 · 업종: 전 업종',
  format: 'png',
  fileName: '2026-11-29_데이터댐_공급기업증가_광주.png',
  ...over,
});
