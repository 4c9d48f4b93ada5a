/**
 * The interface strings' runtime: rosetta (0.3 KiB) looks a dotted key up in the current
 * language's table and fills its `{{placeholders}}`, which is all this app asks of an i18n
 * library (no plurals: Korean has none and the English strings avoid them). It replaced
 * i18next + react-i18next, 16 KiB brotli on every page, /login included (decision 013).
 *
 * This module adds what rosetta leaves to its user: keys typed from the Korean table, and a
 * language that React can subscribe to (`use-translation.ts`).
 */
import rosetta from 'rosetta';
import type { Lang } from '@/lib/format';
import type { dataMessages } from './data-messages';
import { ko } from './ko';

/**
 * The Korean table, and the sections a lazy-loaded page registers when it loads (their keys
 * are typed here; their strings stay out of the bundles that do not need them).
 */
type Messages = typeof ko & { data: (typeof dataMessages)['ko'] };
type Section = Partial<Messages>;

/** Every dotted path to a string in the Korean table: 'login.submit', 'panel.summary.kpi'… */
type LeafKeys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafKeys<T[K]>}`;
}[keyof T & string];
export type MessageKey = LeafKeys<Messages>;

/** Values for a string's `{{placeholders}}`. */
export type MessageParams = Record<string, string | number>;

export type TFunction = (key: MessageKey, params?: MessageParams) => string;

type Listener = () => void;

const tables = rosetta<Messages>({ ko: ko as Messages });
/** Sections registered so far, by language: a language added later gets them too. */
const sections: Record<Lang, Section[]> = { ko: [], en: [] };
let language: Lang = 'ko';
tables.locale(language);
const listeners = new Set<Listener>();

/** One translate function per language, kept so a component's `t` changes only with it. */
const fixedTs = new Map<Lang, TFunction>();
function fixedT(lng: Lang): TFunction {
  let t = fixedTs.get(lng);
  if (!t) {
    t = (key, params) => tables.t(key, params, lng);
    fixedTs.set(lng, t);
  }
  return t;
}

export const i18n = {
  get language(): Lang {
    return language;
  },
  /** Translates in the current language. */
  t: ((key, params) => fixedT(language)(key, params)) as TFunction,
  /** A translate function bound to one language, whatever the interface shows. */
  fixedT,
  hasLanguage(lng: Lang): boolean {
    return tables.table(lng) !== undefined;
  },
  /** Adds a language's table (English loads on first use: `setup.ts`). */
  addLanguage(lng: Lang, table: typeof ko): void {
    tables.set(lng, Object.assign({}, table, ...sections[lng]) as Messages);
  },
  /**
   * Adds a page's section in both languages (rosetta merges it at the top level). A language
   * not loaded yet gets it when it is added, so its absence still means "load it".
   */
  addSection(section: Record<Lang, Section>): void {
    for (const lng of ['ko', 'en'] as const) {
      sections[lng].push(section[lng]);
      if (this.hasLanguage(lng)) tables.set(lng, section[lng] as Messages);
    }
  },
  /** Switches the interface; the table must have been added. Subscribers re-render. */
  changeLanguage(lng: Lang): void {
    if (!this.hasLanguage(lng)) throw new Error(`no interface strings for "${lng}"`);
    if (lng === language) return;
    language = lng;
    tables.locale(lng);
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
