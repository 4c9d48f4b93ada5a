import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  const k = leaves(ko as Tree);
  const e = leaves(en as Tree);

  it('English has every Korean key and no other', () => {
    expect([...e.keys()].sort()).toEqual([...k.keys()].sort());
  });

  it('no string is empty', () => {
    for (const [key, v] of [...k, ...e]) expect(v.trim(), key).not.toBe('');
  });

  it('both languages use the same placeholders', () => {
    for (const [key, v] of k) expect(placeholders(e.get(key) ?? ''), key).toEqual(placeholders(v));
  });

  it('English strings are not left in Korean', () => {
    const hangul = /[\uac00-\ud7a3]/;
    const allowed = new Set(['header.switchToKorean']);
    for (const [key, v] of e) if (!allowed.has(key)) expect(hangul.test(v), key).toBe(false);
  });
});
