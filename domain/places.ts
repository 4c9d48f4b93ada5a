/**
 * Places the release names, mapped to 시·도 slugs (dataset/places.json). Checked against
 * regions.json's document_mentions; 가평시 in the release is 가평군 (Gyeonggi), see FACTS-NOTES #8.
 */
import { PLACES } from './dataset';

/** Region slugs for a place as written; a place inside parentheses counts too: 이민자통합센터(고양시). */
export function regionsOf(place: string): string[] {
  const direct = PLACES[place];
  if (direct) return direct;
  const inner = /\(([^)]+)\)/.exec(place)?.[1];
  return inner ? (PLACES[inner] ?? []) : [];
}
