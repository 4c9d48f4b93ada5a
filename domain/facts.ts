/**
 * The release's facts as the mock backend holds them: facts.json (a copy of the fact sheet,
 * every figure with its verbatim quote) with a typed view over it.
 */
import raw from './facts.json';

export interface RawPoint {
  year: number | null;
  value: number;
  as_stated?: string;
  unit?: string;
  estimate?: boolean;
  source?: string;
}

export interface RawMember {
  ko: string;
  en: string;
  demand_ko?: string;
  demand_en?: string;
  site_ko?: string;
  site_en?: string;
  timing?: string;
  role?: string;
}

export interface RawFact {
  id: string;
  flagship: string;
  label_ko: string;
  label_en: string;
  value: number | null;
  unit: string;
  quote: string;
  other_quotes?: string[];
  approx?: boolean;
  before?: RawPoint;
  after?: RawPoint;
  members?: RawMember[];
  region?: string[];
  date?: string;
  range?: { min: number; max: number };
  note?: string;
  complete_list?: boolean;
}

export const FACTS: readonly RawFact[] = raw as RawFact[];

const byId = new Map(FACTS.map((f) => [f.id, f]));

export function factById(id: string): RawFact {
  const fact = byId.get(id);
  if (!fact) throw new Error(`Unknown fact id: ${id}`);
  return fact;
}

/**
 * Counts the release never states: the fact sheet tallied its lists (FACTS-NOTES, judgment
 * calls). The app shows them as counted from the list, not as official figures.
 */
export const DERIVED_COUNTS: ReadonlySet<string> = new Set([
  'responsible-departments',
  'digital-laws-amended-2020-12',
  'data-center-construction',
  'annex-result-areas',
]);
