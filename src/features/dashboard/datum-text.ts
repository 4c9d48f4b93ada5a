/** How one figure reads: moved to the shared panel model (src/lib/panel), which exports use too. */
export * from '@/lib/panel/datum-text';
