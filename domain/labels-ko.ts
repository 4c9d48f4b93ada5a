/**
 * Korean labels that differ from the fact sheet's `label_ko`. The fact sheet's labels are
 * lifted from the release's headings, and a few of them carry the figure itself ("81개 사업"
 * above a tile that reads 81개) or the release's typography (`20년). Labels are ours to write;
 * quotes are not, and stay verbatim.
 */
export const LABEL_KO: Readonly<Record<string, string>> = {
  'msit-2020-digital-new-deal-budget-total': '2020년 디지털 뉴딜 예산',
  'msit-2020-projects': '2020년 디지털 뉴딜 사업 수',
  'participating-companies-institutions': '참여 국내 기업·기관 (총)',
};
