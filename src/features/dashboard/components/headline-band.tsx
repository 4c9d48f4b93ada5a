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
      {groups.map(([main, share]) => (
        <Stack key={main.id} gap={2} className={classes.figure}>
          <Group gap={2} wrap="nowrap" align="flex-start" justify="space-between">
            <Text size="sm" c="dimmed" lh={1.35}>
              {main.label[lang]}
              {share && ` · ${share.label[lang]}`}
            </Text>
            <Group gap={0} wrap="nowrap">
              <SourcePopover datum={main} source={source} />
              {share && <SourcePopover datum={share} source={source} />}
            </Group>
          </Group>
          <Group gap={6} wrap="wrap" align="baseline">
            <Text span fz={28} fw={800} lh={1.15} data-fact-id={main.factId ?? undefined}>
              {valueText(main, lang)}
            </Text>
            {share && (
              <Text span fz="md" fw={700} data-fact-id={share.factId ?? undefined}>
                ({valueText(share, lang)})
              </Text>
            )}
          </Group>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
