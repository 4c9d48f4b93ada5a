/**
 * Places the release names, mapped to 시·도 slugs. Checked against regions.json's
 * document_mentions; 가평시 in the release is 가평군 (Gyeonggi), see FACTS-NOTES #8.
 */
export const PLACE_TO_REGIONS: Record<string, string[]> = {
  인천: ['incheon'],
  인천공항: ['incheon'],
  광주: ['gwangju'],
  광주교육청: ['gwangju'],
  광주광역시: ['gwangju'],
  경기: ['gyeonggi'],
  경기도: ['gyeonggi'],
  제주도: ['jeju'],
  구미: ['gyeongbuk'],
  울산: ['ulsan'],
  안산: ['gyeonggi'],
  '구미·울산·안산': ['gyeongbuk', 'ulsan', 'gyeonggi'],
  전주시: ['jeonbuk'],
  상암: ['seoul'],
  원주: ['gangwon'],
  군산: ['jeonbuk'],
  안양: ['gyeonggi'],
  부산: ['busan'],
  서울: ['seoul'],
  경남: ['gyeongnam'],
  대구: ['daegu'],
  경북: ['gyeongbuk'],
  강원: ['gangwon'],
  전라: ['jeonbuk', 'jeonnam'],
  대전: ['daejeon'],
  충청: ['chungbuk', 'chungnam'],
  세종: ['sejong'],
  고양시: ['gyeonggi'],
  가평시: ['gyeonggi'],
  괴산: ['chungbuk'],
  옥천: ['chungbuk'],
  영동군: ['chungbuk'],
  가산: ['seoul'],
  용산: ['seoul'],
  새만금: ['jeonbuk'],
  '부산·울산·경남': ['busan', 'ulsan', 'gyeongnam'],
  '대구·경북·강원': ['daegu', 'gyeongbuk', 'gangwon'],
  '광주·전라': ['gwangju', 'jeonbuk', 'jeonnam'],
  '대전·충청·세종': ['daejeon', 'chungbuk', 'chungnam', 'sejong'],
};

/** Region slugs for a place as written; a place inside parentheses counts too: 이민자통합센터(고양시). */
export function regionsOf(place: string): string[] {
  const direct = PLACE_TO_REGIONS[place];
  if (direct) return direct;
  const inner = /\(([^)]+)\)/.exec(place)?.[1];
  return inner ? (PLACE_TO_REGIONS[inner] ?? []) : [];
}
