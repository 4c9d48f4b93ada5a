import { useId } from 'react';
import { Menu, useComputedColorScheme } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isSizePreset, SIZE_PRESETS, type ImageOptions } from '../preset';

interface Props {
  /** The group's name: what the size applies to (a panel's images, or the page exports). */
  label: string;
  /** The page menu names what each size does to a whole page (PNG width, PDF sheets). */
  scope?: 'panel' | 'page';
  options: ImageOptions;
  onChange: (next: ImageOptions) => void;
}

/**
 * The image options inside an export menu: the size preset as a labelled group of radio items
 * (menuitemradio, arrow keys and Enter/Space like every menu item; choosing keeps the menu
 * open), and, in the dark theme only, a checkbox item to keep it dark.
 */
export function ImageOptionItems({ label, options, onChange, scope = 'panel' }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const dark = useComputedColorScheme('light') === 'dark';
  return (
    <>
      <Menu.Divider />
      <div role="group" aria-labelledby={labelId}>
        <Menu.Label id={labelId}>{label}</Menu.Label>
        <Menu.RadioGroup
          value={options.preset}
          onChange={(v) => {
            if (isSizePreset(v)) onChange({ ...options, preset: v });
          }}
        >
          {SIZE_PRESETS.map((p) => (
            <Menu.RadioItem key={p} value={p}>
              {scope === 'page' ? t(`export.size.page.${p}`) : t(`export.size.${p}`)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </div>
      {dark && (
        <>
          <Menu.Divider />
          <Menu.CheckboxItem
            checked={options.keepDark}
            onChange={(keepDark) => onChange({ ...options, keepDark })}
          >
            {t('export.keepDark')}
          </Menu.CheckboxItem>
        </>
      )}
    </>
  );
}
