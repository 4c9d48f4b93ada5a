import { Group, Text, Timeline } from '@mantine/core';
import type { Panel, Source } from '@/lib/api/schemas';
import { useLang } from '@/lib/i18n/use-lang';
import { valueText } from '../datum-text';
import { sortByDate } from '../summary';
import { SourcePopover } from './source-popover';

export function TimelinePanel({ panel, source }: { panel: Panel; source: Source }) {
  const lang = useLang();
  const items = sortByDate(panel.items);
  return (
    <Timeline bulletSize={14} lineWidth={2} active={items.length}>
      {items.map((d) => (
        <Timeline.Item
          key={d.id}
          data-fact-id={d.factId ?? undefined}
          title={
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm" fw={600}>
                {d.label[lang]}
              </Text>
              <SourcePopover datum={d} source={source} />
            </Group>
          }
        >
          <Text size="sm" c="dimmed">
            {d.display && d.date && d.display[lang] === valueText(d, lang)
              ? d.display[lang]
              : [d.date, valueText(d, lang)].filter(Boolean).join(' · ')}
          </Text>
          {d.members.length > 0 && (
            <Text size="xs">{d.members.map((m) => m.label[lang]).join(', ')}</Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
