// After `vite build`: dist/login.html, the login page as static HTML, so /login paints with
// its stylesheet instead of after the app's JavaScript (docs/decisions/011-static-login-page.md).
//
//   node scripts/prerender-login.mjs [distDir]        (npm run build runs it)
//
// It renders the app's own LoginPage through Vite's SSR loader (src/prerender/login-page.tsx)
// into a copy of dist/index.html, with, in its <head>:
// - a head script: Mantine's colour-scheme script as a file (the CSP allows no inline script),
//   so a reader who chose dark sees dark from the first paint, and a listener that remembers an
//   Enter pressed in the form before the app can send it;
// - a Pretendard GOV subset of only the login page's characters (~20 KiB instead of the app
//   font's ~140), declared after the app font so the browser takes it for those characters and
//   fetches the app font only when a page needs more;
// - a small loader in place of the entry script, which starts the app's code once the page has
//   painted, with the login route's chunks beside it.
// Hosts serve it for /login the way `vite preview` does (docs/deploy.md).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { appFontFace, subsetPretendard } from './app-font.mjs';
import { readManifest, ROUTES, staticClosure } from './build-manifest.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const LOGIN_ROUTE = ROUTES.login;

const hashed = (name, ext, bytes) =>
  `assets/${name}-${createHash('sha256').update(bytes).digest('base64url').slice(0, 8)}.${ext}`;

// React's and Mantine's production builds, as the browser gets them.
process.env.NODE_ENV = 'production';
const vite = await createServer({
  mode: 'production',
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
let page, script, text, staticFormModule;
try {
  const mod = await vite.ssrLoadModule('/src/prerender/login-page.tsx');
  page = await mod.renderLoginPage();
  script = mod.colorSchemeScript();
  text = mod.loginPageText();
  staticFormModule = await vite.ssrLoadModule('/src/features/auth/static-login-form.ts');
} finally {
  await vite.close();
}

const { manifest, entry } = readManifest(dist);
if (!manifest[LOGIN_ROUTE]) throw new Error(`no ${LOGIN_ROUTE} in the manifest`);
const jsOf = (files) => [...files].filter((f) => f.endsWith('.js'));
const entryFiles = jsOf(staticClosure(manifest, [entry]));
const loginFiles = jsOf(staticClosure(manifest, [LOGIN_ROUTE])).filter(
  (f) => !entryFiles.includes(f),
);
const [entryFile] = entryFiles;
const { STATIC_FORM_ATTR, FOCUSED_FIELD_ATTR, SUBMIT_REQUESTED_ATTR } = staticFormModule;

// The app's code loads once the static page has painted, not beside its stylesheet and font:
// the page needs none of it to show, and on a slow line 150 KiB of JavaScript would share the
// bandwidth the first paint waits on. Then the entry runs, and the login route's chunks (which
// the entry would find only once it runs) download beside it. A background tab gets no frame
// until shown; the timeout starts the code there too.
const boot = `// dist/login.html's loader (scripts/prerender-login.mjs): the app's code after the first paint.
const afterPaint = new Promise((done) => {
  requestAnimationFrame(() => setTimeout(done));
  setTimeout(done, 500);
});
afterPaint.then(() => {
  for (const href of ${JSON.stringify(
    entryFiles
      .slice(1)
      .concat(loginFiles)
      .map((f) => `/${f}`),
  )}) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return import('/${entryFile}');
});
`;
const bootFile = hashed('login-boot', 'js', boot);
writeFileSync(join(dist, bootFile), boot);

// The page's head script (a file: the CSP allows no inline script), run before the body is
// parsed: Mantine's colour-scheme script, so a reader who chose dark sees dark from the first
// paint, and listeners, there before the form can take a key, that keep on the static form the
// field with focus and an Enter pressed in it (its button waits for the app; the app's form
// takes both over, src/features/auth/static-login-form.ts).
const headScript = `// dist/login.html's head script (scripts/prerender-login.mjs).
${script}
const staticForm = (event) => event.target.closest?.('form[${STATIC_FORM_ATTR}]');
document.addEventListener(
  'keydown',
  (event) => {
    if (event.key === 'Enter') staticForm(event)?.setAttribute('${SUBMIT_REQUESTED_ATTR}', '');
  },
  true,
);
document.addEventListener('focusin', (event) => {
  staticForm(event)?.setAttribute('${FOCUSED_FIELD_ATTR}', event.target.name);
});
// Focus leaving the form (not a field being swapped out by the app's form, which may blur it).
document.addEventListener('focusout', (event) => {
  const form = staticForm(event);
  setTimeout(() => {
    if (form?.isConnected && !form.contains(document.activeElement)) {
      form.removeAttribute('${FOCUSED_FIELD_ATTR}');
    }
  });
});
`;
const headFile = hashed('login-head', 'js', headScript);
writeFileSync(join(dist, headFile), headScript);

// The login page's characters: printable ASCII (an ID, English), the password mask, what the
// page shows and what it may show after a failed attempt. Anything else (Latin-1 in an ID, say)
// is in the app font, which the browser then fetches for that character.
const points = new Set([0x2022]);
for (let c = 0x20; c <= 0x7e; c++) points.add(c);
const pageText = page.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
for (const ch of text + pageText) if (ch.codePointAt(0) > 0x7e) points.add(ch.codePointAt(0));
const sorted = [...points].sort((a, b) => a - b);
const font = await subsetPretendard(sorted);
const fontFile = hashed('pretendard-gov-login', 'woff2', font);
writeFileSync(join(dist, fontFile), font);

const head = [
  `<script type="module" src="/${bootFile}"></script>`,
  `<link rel="preload" href="/${fontFile}" as="font" type="font/woff2" crossorigin>`,
  // After the stylesheet's @font-face for the app font: the later rule wins where both apply.
  `<style>${appFontFace(`/${fontFile}`, sorted)}</style>`,
].join('\n    ');

const index = readFileSync(join(dist, 'index.html'), 'utf8');
const root = /<div id="root">[\s\S]*?<\/div>/;
// The entry and its modulepreloads, which the loader above replaces.
const entryTags = /^\s*<(script type="module"|link rel="modulepreload")[^>]*>(<\/script>)?\n/gm;
if (!root.test(index) || !index.includes('</head>') || (index.match(entryTags) ?? []).length < 1)
  throw new Error('index.html has no #root or no entry script');
const html = index
  .replace(entryTags, '')
  // First in <head>: a script after a stylesheet would wait for it, holding the parser.
  .replace(/<meta charset="UTF-8" \/>/, (m) => `${m}\n    <script src="/${headFile}"></script>`)
  .replace('</head>', `  ${head}\n  </head>`)
  .replace(root, () => `<div id="root">${page}</div>`);
writeFileSync(join(dist, 'login.html'), html);
console.log(
  `login.html: ${(html.length / 1024).toFixed(1)} KB, login font ${(font.length / 1024).toFixed(1)} KiB (${sorted.length} characters), ${entryFiles.length + loginFiles.length} modules after the first paint`,
);
