// `npm run check:data` (and the first step of every build): checks the data package
// (dataset/*.json) against its schema (domain/dataset-schema.ts) and prints every problem with
// its file, entry and field, so a build never ships data the app would refuse at start.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  // Vite's module runner loads the TypeScript as the app does (the @/ alias, JSON imports).
  const { module } = await runnerImport('/domain/dataset.ts', {
    root,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': `${root}src` } },
  });
  const { SOURCES, FACTS, PAGES } = module;
  const panels = PAGES.reduce((n, p) => n + p.panels.length, 0);
  console.log(
    `dataset: ${SOURCES.length} sources, ${FACTS.length} facts, ${PAGES.length} pages, ${panels} panels — valid`,
  );
} catch (e) {
  console.error(e?.name === 'DatasetError' ? e.message : e);
  process.exit(1);
}
