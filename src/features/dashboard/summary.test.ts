import { beforeAll, describe, expect, it } from 'vitest';
import { buildPanel, panelDef } from '../../../domain/build-panel';
import { i18n } from '@/lib/i18n/i18n';
import { loadLanguage } from '@/lib/i18n/setup';
import { panelSummary } from './summary';

const NO_FILTERS = { region: [], sector: [] };

function summaryOf(panelId: string, lang: 'ko' | 'en') {
  const def = panelDef(panelId);
  if (!def) throw new Error(`no panel ${panelId}`);
  const panel = buildPanel(def.page, def.panel, NO_FILTERS);
  return panelSummary(panel, lang, i18n.fixedT(lang));
}

describe('panelSummary', () => {
  beforeAll(() => loadLanguage('en'));

  it('joins the after value with the particle its last syllable takes', () => {
    // 원 ends in a consonant: 으로; 사 does not: 로.
    expect(summaryOf('tp-xr-production', 'ko')).toContain('8,032억원으로');
    expect(summaryOf('ov-supplier-growth', 'ko')).toContain('393개사에서 765개사로');
  });

  it('reads naturally in English', () => {
    expect(summaryOf('ov-supplier-growth', 'en')).toContain('from 393 companies to 765 companies');
  });
});
