/**
 * The 17 시·도 and the 9 sectors of the filter contract (PRODUCT.md). Slugs are public:
 * bookmarks and tests use them. `tile` places each region on the grid cartogram
 * (column, row), keeping neighbours roughly where a Korean reader expects them.
 */
export const REGIONS = [
  { slug: 'seoul', ko: '서울', en: 'Seoul', tile: [1, 0] },
  { slug: 'busan', ko: '부산', en: 'Busan', tile: [3, 3] },
  { slug: 'daegu', ko: '대구', en: 'Daegu', tile: [2, 2] },
  { slug: 'incheon', ko: '인천', en: 'Incheon', tile: [0, 0] },
  { slug: 'gwangju', ko: '광주', en: 'Gwangju', tile: [0, 3] },
  { slug: 'daejeon', ko: '대전', en: 'Daejeon', tile: [1, 2] },
  { slug: 'ulsan', ko: '울산', en: 'Ulsan', tile: [3, 2] },
  { slug: 'sejong', ko: '세종', en: 'Sejong', tile: [1, 1] },
  { slug: 'gyeonggi', ko: '경기', en: 'Gyeonggi', tile: [2, 0] },
  { slug: 'gangwon', ko: '강원', en: 'Gangwon', tile: [3, 0] },
  { slug: 'chungbuk', ko: '충북', en: 'Chungbuk', tile: [2, 1] },
  { slug: 'chungnam', ko: '충남', en: 'Chungnam', tile: [0, 1] },
  { slug: 'jeonbuk', ko: '전북', en: 'Jeonbuk', tile: [0, 2] },
  { slug: 'jeonnam', ko: '전남', en: 'Jeonnam', tile: [1, 3] },
  { slug: 'gyeongbuk', ko: '경북', en: 'Gyeongbuk', tile: [3, 1] },
  { slug: 'gyeongnam', ko: '경남', en: 'Gyeongnam', tile: [2, 3] },
  { slug: 'jeju', ko: '제주', en: 'Jeju', tile: [0, 4] },
] as const satisfies readonly {
  slug: string;
  ko: string;
  en: string;
  tile: readonly [number, number];
}[];

export type RegionSlug = (typeof REGIONS)[number]['slug'];

export const SECTORS = [
  { slug: 'manufacturing', ko: '제조', en: 'Manufacturing' },
  { slug: 'distribution', ko: '유통·물류', en: 'Distribution & logistics' },
  { slug: 'healthcare', ko: '의료·바이오', en: 'Healthcare & bio' },
  { slug: 'education', ko: '교육', en: 'Education' },
  { slug: 'beauty-fashion', ko: '뷰티·패션', en: 'Beauty & fashion' },
  { slug: 'public-safety', ko: '공공·안전·국방', en: 'Public safety & defence' },
  { slug: 'transport', ko: '교통·도로', en: 'Transport & roads' },
  { slug: 'energy-environment', ko: '에너지·환경', en: 'Energy & environment' },
  { slug: 'ict', ko: 'ICT·SW', en: 'ICT & software' },
] as const;

export type SectorSlug = (typeof SECTORS)[number]['slug'];

export const REGION_SLUGS: readonly string[] = REGIONS.map((r) => r.slug);
export const SECTOR_SLUGS: readonly string[] = SECTORS.map((s) => s.slug);
