/** The release's facts (dataset/facts.json), checked by dataset-schema.ts. */
export { FACTS, currentValue, factById, hasFact } from './dataset';
export type { FactDef, MemberDef, ValueDef } from './dataset-schema';
