/**
 * Korean-style number formatting for official figures.
 *
 * The release writes large round figures in 만 (1.4만명, 50만건) and exact figures with
 * thousands separators (12,486개, 49,157명). We follow the release: a value of at least
 * 10,000 that is a whole multiple of 1,000 is written in 만; anything else is written in full.
 * Money is kept in the unit the release uses (억원, 조원).
 */
export type Lang = 'ko' | 'en';

interface UnitSpec {
  ko: string;
  en: string;
  /** No space between number and Korean suffix (12,486개), except where noted. */
  koSpace?: boolean;
  /** Allow the 만 short form for round large values. */
  man?: boolean;
}

const UNITS: Record<string, UnitSpec> = {
  count_orgs: { ko: '개', en: 'organisations', man: true },
  count_companies: { ko: '개사', en: 'companies', man: true },
  count_people: { ko: '명', en: 'people', man: true },
  count_projects: { ko: '개', en: 'projects' },
  count_records: { ko: '건', en: 'records', man: true },
  count_cases: { ko: '건', en: 'cases', man: true },
  count_uses: { ko: '건', en: 'uses', man: true },
  count_dataset_types: { ko: '종', en: 'types' },
  count_fields: { ko: '개 분야', en: 'fields' },
  count_consortia: { ko: '개 컨소시엄', en: 'consortia' },
  count_hospitals: { ko: '개 병원', en: 'hospitals' },
  count_countries: { ko: '개국', en: 'countries' },
  count_tasks: { ko: '개 과제', en: 'tasks' },
  count_schools: { ko: '개교', en: 'schools' },
  count_universities: { ko: '개교', en: 'universities' },
  count_centers: { ko: '개', en: 'centres' },
  count_platforms: { ko: '개', en: 'platforms' },
  count_sites: { ko: '개소', en: 'sites' },
  count_govs: { ko: '개', en: 'governments' },
  count_selected: { ko: '선', en: 'selected' },
  items: { ko: '개', en: 'items' },
  percent: { ko: '%', en: '%' },
  rank: { ko: '위', en: '' },
  rank_positions: { ko: '단계', en: 'places' },
  times: { ko: '배', en: '×' },
  months: { ko: '개월', en: 'months' },
  days: { ko: '일', en: 'days' },
  years: { ko: '년', en: 'years' },
  km: { ko: 'km', en: 'km' },
  W: { ko: 'W', en: 'W', koSpace: false },
  TFLOPS: { ko: ' TFLOPS', en: 'TFLOPS' },
  KRW_100M: { ko: '억원', en: 'KRW_100M' },
  KRW_1T: { ko: '조원', en: 'KRW_1T' },
  records_100M: { ko: '억건', en: 'records_100M' },
};

/**
 * One Intl.NumberFormat per language and option set, kept: building one costs far more than
 * formatting with it, and a filter change formats every figure, tick and summary on the page
 * (a new formatter per call took 17 ms of each change's script time on /overview).
 */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const grouped = (lang: Lang, digits = 2) => numberFormat(lang, { maximumFractionDigits: digits });

/** A number with grouping only (24,105), where its unit is named beside it. */
export const formatGrouped = (value: number, lang: Lang): string => grouped(lang).format(value);

const LOG_TIME = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium' });

/** A log's time as the admin pages write it: 2026-11-30 10:11:49 (the browser's time zone). */
export const formatLogTime = (at: string | number | Date): string => LOG_TIME.format(new Date(at));

/** The number alone, in the release's style: 12,486 · 1.4만 · 50만 · 86.8 */
export function formatNumber(value: number, unit: string, lang: Lang = 'ko'): string {
  const spec = UNITS[unit];
  if (lang === 'ko' && spec?.man && value >= 10_000 && value % 1_000 === 0) {
    return `${grouped(lang, 1).format(value / 10_000)}만`;
  }
  return grouped(lang).format(value);
}

const ONE = new Intl.PluralRules('en-US');
const IRREGULAR: Record<string, string> = {
  people: 'person',
  companies: 'company',
  consortia: 'consortium',
  countries: 'country',
  universities: 'university',
};

/** "1 month", "1 person": the English unit for a value of one. */
function singular(unit: string): string {
  return IRREGULAR[unit] ?? (/^[a-z]+s$/.test(unit) ? unit.slice(0, -1) : unit);
}

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

function formatEnglish(value: number, unit: string): string {
  const n = grouped('en');
  switch (unit) {
    case 'KRW_1T':
      return `KRW ${n.format(value)} trillion`;
    case 'KRW_100M':
      // 1억 = 100 million: 8,007억 = 800.7 billion
      return value >= 10
        ? `KRW ${n.format(value / 10)} billion`
        : `KRW ${n.format(value * 100)} million`;
    case 'records_100M':
      return `${n.format(value * 100)} million records`;
    case 'percent':
      return `${n.format(value)}%`;
    case 'rank':
      return ordinal(value);
    case 'times':
      return `${n.format(value)}×`;
    default: {
      const suffix = UNITS[unit]?.en ?? '';
      if (!suffix) return n.format(value);
      return `${n.format(value)} ${ONE.select(value) === 'one' ? singular(suffix) : suffix}`;
    }
  }
}

/** Number with its unit: 12,486개 · 1.6조원 · 8,007억원 · 3.75억건 · 86.8% (ko); 12,486 organisations (en). */
export function formatValue(value: number, unit: string, lang: Lang = 'ko'): string {
  if (lang === 'en') return formatEnglish(value, unit);
  const spec = UNITS[unit];
  const num = formatNumber(value, unit, lang);
  if (!spec) return num;
  return `${num}${spec.ko}`;
}

export function changePct(before: number, after: number): number {
  return ((after - before) / before) * 100;
}

/**
 * The arithmetic change from before to after, as a briefing writes it. THE rule for every
 * change in the app and its exports: a change of a percentage is a difference in percentage
 * points (62% → 75.7% is +13.7%p, never the relative +22.1%); any other figure changes by a
 * relative percentage (393 → 765 is +94.7%). Null where no change can be stated (a relative
 * change from 0).
 */
export function changeOf(
  before: number,
  after: number,
  unit: string,
): { value: number; unit: 'pp' | 'pct' } | null {
  if (unit === 'percent') return { value: after - before, unit: 'pp' };
  if (before === 0) return null;
  return { value: changePct(before, after), unit: 'pct' };
}

/** A change as changeOf states it: +13.7%p (both languages write %p) or +94.7%. */
export function formatChange(change: { value: number; unit: 'pp' | 'pct' }, lang: Lang): string {
  const n = numberFormat(lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return `${n.format(change.value)}${change.unit === 'pp' ? '%p' : '%'}`;
}

export function isKnownUnit(unit: string): boolean {
  return unit in UNITS;
}

/** The unit as a reader writes it (개, 억원, % · organisations, KRW_100M → 억원 for Korean), for tables and CSV. */
export function unitLabel(unit: string, lang: Lang = 'ko'): string {
  const spec = UNITS[unit];
  return spec ? spec[lang].trim() : unit;
}
