/**
 * The data package, loaded and checked once: the release's sources, facts and pages as the
 * files in dataset/ hold them (issue 17). Everything in domain/ reads the data from here.
 */
import facts from '../dataset/facts.json';
import pages from '../dataset/pages.json';
import places from '../dataset/places.json';
import sources from '../dataset/sources.json';
import { parseDataset, type FactDef, type SourceDef } from './dataset-schema';

const DATASET = parseDataset({ sources, facts, pages, places });

export const FACTS: readonly FactDef[] = DATASET.facts;
export const PAGES = DATASET.pages;
export const SOURCES: readonly SourceDef[] = DATASET.sources;
export const PLACES = DATASET.places;

const factsById = new Map(FACTS.map((f) => [f.id, f]));
const sourcesById = new Map(SOURCES.map((s) => [s.id, s]));

export const hasFact = (id: string): boolean => factsById.has(id);

export function factById(id: string): FactDef {
  const fact = factsById.get(id);
  if (!fact) throw new Error(`Unknown fact id: ${id}`);
  return fact;
}

export function sourceById(id: string): SourceDef {
  const source = sourcesById.get(id);
  if (!source) throw new Error(`Unknown source id: ${id}`);
  return source;
}

/** The release every page draws on: the first press release of the package. */
export const RELEASE: SourceDef = (() => {
  const release = SOURCES.find((s) => s.kind === 'press-release');
  if (!release) throw new Error('dataset/sources.json: no press release');
  return release;
})();

/** A fact's current value: the last of its series (null for lists, dates and statuses). */
export function currentValue(f: FactDef): number | null {
  return f.values.at(-1)?.value ?? null;
}
