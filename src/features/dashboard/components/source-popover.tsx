import { ActionIcon, Popover, Stack, Text, Blockquote } from '@mantine/core';
import { IconQuote } from '@tabler/icons-react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Datum, Source } from '@/lib/api/schemas';
import { otherValueSources, sourceLine, valueSourceLine } from '../source-text';

interface Props {
  datum: Pick<Datum, 'label' | 'quote' | 'otherQuotes' | 'series' | 'unit'>;
  source: Source;
  /** In a line of text, after its label's last word (aligned to the text, not a flex row). */
  inline?: boolean;
}

/** The release's own words behind a figure, on demand (click or keyboard). */
export function SourcePopover({ datum, source, inline = false }: Props) {
  const { t, lang } = useTranslation();
  if (!datum.quote) return null;
  const otherSources = otherValueSources(datum, source);
  return (
    <Popover width={340} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          // 24 px: WCAG 2.5.8's smallest target (Mantine's sm is 22 px).
          size={24}
          color="gray"
          aria-label={`${t('panel.showSource')}: ${datum.label[lang]}`}
          style={inline ? { display: 'inline-flex', verticalAlign: 'middle' } : undefined}
        >
          <IconQuote size={16} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          {/* The figure's whole label: a card may show it cut to two lines (headline band). */}
          <Text size="sm" fw={600}>
            {datum.label[lang]}
          </Text>
          <Text size="xs" fw={700}>
            {t('panel.sourceTitle')}
          </Text>
          <Blockquote p="xs" lang="ko" fz="sm">
            {datum.quote}
          </Blockquote>
          {datum.otherQuotes.length > 0 && (
            <>
              <Text size="xs" fw={700}>
                {t('panel.otherQuotes')}
              </Text>
              {datum.otherQuotes.map((q) => (
                <Text key={q} size="xs" lang="ko">
                  “{q}”
                </Text>
              ))}
            </>
          )}
          <Text size="xs" c="dimmed">
            {sourceLine(source, lang)}
          </Text>
          {otherSources.length > 0 && (
            <>
              <Text size="xs" fw={700}>
                {t('panel.otherSources')}
              </Text>
              {otherSources.map((v) => (
                <Text key={`${v.period}:${v.source.id}`} size="xs">
                  {valueSourceLine(v, datum.unit, lang)}
                </Text>
              ))}
            </>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
