import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Datum, Panel, Source } from '@/lib/api/schemas';
import { useLang } from '@/lib/i18n/use-lang';
import { valueText } from '../datum-text';
import { SourcePopover } from './source-popover';
import classes from './headline-band.module.css';

/**
 * A share (a percent) stands beside the figure before it, which it is a share of: 중소기업
 * 10,843개 (86.8%). Everything else is a figure of its own.
 */
export function headlineGroups(items: readonly Datum[]): [Datum, Datum | undefined][] {
  const groups: [Datum, Datum | undefined][] = [];
  for (const d of items) {
    const last = groups.at(-1);
    if (d.unit === 'percent' && last && !last[1]) last[1] = d;
    else groups.push([d, undefined]);
  }
  return groups;
}

/** A page's headline figures in one band: large figures, short labels, no boxes. */
export function HeadlineBand({ panel, source }: { panel: Panel; source: Source }) {
  const lang = useLang();
  const groups = headlineGroups(panel.items);
  return (
    <SimpleGrid
      type="container"
      cols={{ base: 2, '640px': Math.min(groups.length, 3), '900px': groups.length }}
      spacing={0}
      verticalSpacing="md"
    >
      {groups.map(([main, share]) => {
        const label = share ? `${main.label[lang]} · ${share.label[lang]}` : main.label[lang];
        return (
          <Stack key={main.id} gap={2} className={classes.figure}>
            <Group gap={2} wrap="nowrap" align="flex-start" justify="space-between">
              {/* Two lines at most, so long (English) labels do not push the page's story below
                the fold; the whole label is its title, in the quote's popover and read out. */}
              <Text size="sm" c="dimmed" lh={1.35} className={classes.label} title={label}>
                {label}
              </Text>
              <Group gap={0} wrap="nowrap">
                <SourcePopover datum={main} source={source} />
                {share && <SourcePopover datum={share} source={source} />}
              </Group>
            </Group>
            {/* One run of text, so a share stands on the figure's last line when it fits
                (10,843 companies (86.8%)) rather than on a line of its own. */}
            {/* English figures are words longer (12,486 organisations): a step smaller (CSS). */}
            <Text fw={800} lh={1.15} component="div" className={classes.value} data-lang={lang}>
              <span data-fact-id={main.factId ?? undefined}>{valueText(main, lang)}</span>
              {share && (
                <>
                  {' '}
                  <Text span fz="md" fw={700} data-fact-id={share.factId ?? undefined}>
                    ({valueText(share, lang)})
                  </Text>
                </>
              )}
            </Text>
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
