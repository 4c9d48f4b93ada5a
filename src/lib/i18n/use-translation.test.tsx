import { act, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, type TFunction } from './i18n';
import { setLanguage } from './setup';
import { useTranslation } from './use-translation';

describe('useTranslation', () => {
  afterEach(async () => {
    await act(() => setLanguage('ko'));
  });

  it('fills placeholders and re-renders its component when the language changes', async () => {
    function Remaining() {
      const { t, lang } = useTranslation();
      return <p data-lang={lang}>{t('login.remaining', { count: 3 })}</p>;
    }
    render(<Remaining />);
    expect(screen.getByText('남은 시도 횟수: 3회')).toHaveAttribute('data-lang', 'ko');
    await act(() => setLanguage('en'));
    expect(screen.getByText('Attempts left: 3')).toHaveAttribute('data-lang', 'en');
  });

  it('gives the same t until the language changes, so memoised children keep theirs', async () => {
    const seen: TFunction[] = [];
    const Child = memo(function Child({ t }: { t: TFunction }) {
      seen.push(t);
      return <span>{t('login.submit')}</span>;
    });
    function Parent({ n }: { n: number }) {
      const { t } = useTranslation();
      return (
        <div data-n={n}>
          <Child t={t} />
        </div>
      );
    }
    const { rerender } = render(<Parent n={1} />);
    rerender(<Parent n={2} />);
    expect(seen).toHaveLength(1);
    await act(() => setLanguage('en'));
    expect(seen).toHaveLength(2);
    expect(screen.getByText('Sign in')).toBeInTheDocument();
  });

  it('a fixed-language t ignores the interface language', async () => {
    await act(() => setLanguage('en'));
    expect(i18n.fixedT('ko')('login.submit')).toBe('로그인');
    expect(i18n.t('login.submit')).toBe('Sign in');
  });
});
