import { Group, Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link, useSearch } from 'wouter';
import type { PageId, Panel, Source } from '@/lib/api/schemas';
import { pagePath, withSearch } from '@/config/paths';
import type { MessageKey } from '@/lib/i18n/i18n';
import { useTranslation } from '@/lib/i18n/use-translation';
import { comparisonPoints, pointsText, valueText } from '@/lib/panel/datum-text';
import { SourcePopover } from './source-popover';
import classes from './flagship-row.module.css';

/** The navigation's name of each page a flagship result leads to. */
const PAGE_NAME: Record<PageId, MessageKey> = {
  overview: 'nav.overview',
  'data-dam': 'nav.dataDam',
  'ai-x': 'nav.aiX',
  mec: 'nav.mec',
  'doctor-answer': 'nav.doctorAnswer',
  'k-cyber': 'nav.kCyber',
  'talent-policy': 'nav.talentPolicy',
};

/**
 * One key result per flagship, side by side, each leading to its page (the filters in force
 * come along, as everywhere). A result with a before and after shows the change, once.
 */
export function FlagshipRow({ panel, source }: { panel: Panel; source: Source }) {
  const { t, lang } = useTranslation();
  // The query string is the filters in force (PRODUCT.md: they persist across pages).
  const search = useSearch();
  return (
    <SimpleGrid
      type="container"
      cols={{ base: 1, '480px': 2, '720px': 3, '960px': panel.items.length }}
      spacing="sm"
      component="ul"
      className={classes.row}
    >
      {panel.items.map((d) => {
        // A key result that is a change reads as its pair (26위 → 7위), through the one reader.
        const pair = comparisonPoints(d);
        const figure = pair ? pointsText(pair, d.unit, lang) : valueText(d, lang);
        const name = d.page ? t(PAGE_NAME[d.page]) : d.label[lang];
        return (
          <li key={d.id} className={classes.tile} data-fact-id={d.factId ?? undefined}>
            <Stack gap={2} h="100%">
              <Title order={3} size="h5" lh={1.3}>
                {d.page ? (
                  // The flagship's name leads to its page (the filters in force come along).
                  <Anchor
                    component={Link}
                    to={withSearch(pagePath[d.page], search)}
                    inherit
                    className={classes.link}
                  >
                    {name}
                    <IconArrowRight size={16} aria-hidden />
                  </Anchor>
                ) : (
                  name
                )}
              </Title>
              <Text fz={24} fw={800} lh={1.2} component="div" className="kpi-value">
                {figure}
              </Text>
              <Group gap={2} wrap="nowrap" align="flex-start">
                {/* Two lines at most (the whole label is its title and is read out). */}
                <Text size="sm" c="dimmed" lh={1.4} className={classes.label} title={d.label[lang]}>
                  {d.label[lang]}
                </Text>
                <SourcePopover datum={d} source={source} />
              </Group>
            </Stack>
          </li>
        );
      })}
    </SimpleGrid>
  );
}
