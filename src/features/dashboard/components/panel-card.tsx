import { memo, useId, useState, type ReactNode } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Panel, PanelRef, PanelScope, Source } from '@/lib/api/schemas';
import { captureIgnore } from '@/lib/capture-ignore';
import { filtersNotApplied, scopeNotes } from '@/lib/scope-notes';
import { appliedFilters, dashboardQueries, type PanelFilters } from '../api';
import { hasChartView, isChartKind } from '../chart-view';
import { officialImportText, valueText } from '@/lib/panel/datum-text';
import { errorMessageKey } from '../error-text';
import { panelSummary } from '../summary';
import { PanelTable } from './panel-table';
import { panelView } from './panel-views';
import { SourcePopover } from './source-popover';

/**
 * Memoised: the card around it also re-renders for its scope notes, for its busy state while
 * new figures load (the previous ones stay on screen, the same object) and for the view
 * toggle; the chart redraws only when the panel's data object changes.
 */
const PanelBody = memo(function PanelBody({ panel, source }: { panel: Panel; source: Source }) {
  const View = panelView(panel);
  return <View panel={panel} source={source} />;
});

const MemoTable = memo(PanelTable);

/**
 * What a feature composed in by the app (export, briefing pin) gets to act on a panel. The
 * filters in force are not in it: the card renders only when what it shows changes (see
 * PanelCard), so actions that depend on the filters read them from the app's own state.
 */
export interface PanelActionContext {
  panel: Panel;
  /** The card's DOM element, for image capture. */
  element: HTMLElement | null;
}

interface Props {
  panelRef: PanelRef;
  source: Source;
  filters: PanelFilters;
  /** Extra controls in the card header (export menu, pin), supplied by the app layer. */
  renderActions?: (ctx: PanelActionContext) => ReactNode;
}

/**
 * The part of the filters a card shows: the filters its figures answer (its query key) and,
 * for a dimension it answers only nationally, whether a filter is in force there (its note).
 */
function filtersSeenByCard(scope: PanelScope, filters: PanelFilters): string {
  const { region, sector } = appliedFilters(scope, filters);
  const notApplied = filtersNotApplied(scope, filters);
  return JSON.stringify([region, sector, notApplied.region, notApplied.sector]);
}

/**
 * A filter change re-renders only the cards it touches: a region filter leaves a card of
 * national figures as it was, save for its first "not applied" note. Re-rendering all 12
 * cards of /overview on every change made a click take 65–80 ms to show its new filter
 * (about 30 ms with this and the actions' own subscriptions, `npm run bench`).
 */
function sameCardInputs(prev: Props, next: Props): boolean {
  return (
    prev.panelRef === next.panelRef &&
    prev.source === next.source &&
    prev.renderActions === next.renderActions &&
    filtersSeenByCard(next.panelRef.scope, prev.filters) ===
      filtersSeenByCard(next.panelRef.scope, next.filters)
  );
}

/**
 * One card for every panel kind: title, provenance, scope, chart or table, summary,
 * notes, and its own loading, empty and error states (an error here touches no other card).
 */
export const PanelCard = memo(function PanelCard({
  panelRef,
  source,
  filters,
  renderActions,
}: Props) {
  const { t, lang } = useTranslation();
  const titleId = useId();
  // A callback ref into state: the app's actions get the element without reading a ref in render.
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const query = useQuery(dashboardQueries.panel(panelRef, filters));
  const panel = query.data;
  const isChart = isChartKind(panelRef.kind);
  const hasChart = panel ? hasChartView(panel) : false;

  let state: 'loading' | 'error' | 'empty' | 'ready' = 'ready';
  if (query.isPending) state = 'loading';
  else if (query.isError && !panel) state = 'error';
  else if (panel && panel.items.length === 0) state = 'empty';

  return (
    <Card
      ref={setElement}
      withBorder
      radius="md"
      padding="md"
      // Fills its grid cell, so cards side by side end on one line.
      h="100%"
      component="section"
      aria-labelledby={titleId}
      aria-busy={query.isFetching}
      data-panel-id={panelRef.id}
      data-panel-kind={panelRef.kind}
      data-state={state}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          {/* The provenance badge belongs to the title (and goes with it into exports); the
              controls are left out of captures as one group. */}
          <Group gap="xs" align="center" style={{ flex: '1 1 200px', minWidth: 0 }}>
            <Title order={2} size="h4" id={titleId}>
              {panelRef.title[lang]}
            </Title>
            {/* Buttons, so a keyboard reaches each hint as what it is: a control. */}
            {panel && panel.provenance === 'official' && (
              <Tooltip
                label={
                  panel.officialBreakdown ? t('panel.officialImportHint') : t('panel.officialHint')
                }
                withArrow
              >
                <Badge component="button" type="button" variant="light" color="krds">
                  {t('panel.official')}
                </Badge>
              </Tooltip>
            )}
            {panel && panel.provenance === 'illustrative' && (
              <Tooltip label={t('panel.illustrativeHint')} withArrow multiline w={260}>
                <Badge component="button" type="button" variant="filled" color="krdsNavy">
                  {t('panel.illustrative')}
                </Badge>
              </Tooltip>
            )}
          </Group>
          <Group gap={6} wrap="nowrap" {...captureIgnore}>
            {panel && hasChart && (
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
                data={[
                  { value: 'chart', label: t('panel.showChart') },
                  { value: 'table', label: t('panel.showTable') },
                ]}
                aria-label={`${panelRef.title[lang]}: ${t('panel.showTable')}`}
              />
            )}
            {panel && state === 'ready' && renderActions?.({ panel, element })}
          </Group>
        </Group>

        {panel &&
          scopeNotes(panelRef.scope, filters, t).map((note) => (
            <Text key={note} size="xs" fw={600} className="scope-note">
              {note}
            </Text>
          ))}
        {panel?.officialBreakdown && (
          // An imported breakdown names its own source (plain text, escaped by React) and, when
          // its total differs from the national figure, the reason, beside the panel.
          <Stack gap={2} className="official-breakdown" data-testid="official-breakdown">
            <Text size="xs" fw={600}>
              {officialImportText(panel.officialBreakdown, t)}
            </Text>
            {panel.officialBreakdown.note && (
              <Text size="xs" c="dimmed">
                {t('panel.importNote', { note: panel.officialBreakdown.note })}
              </Text>
            )}
          </Stack>
        )}
        {panel?.provenance === 'illustrative' && (
          <Alert
            color="krdsNavy"
            variant="light"
            p="xs"
            icon={<IconInfoCircle size={18} aria-hidden />}
            className="illustrative-notice"
          >
            <Text size="xs" fw={600}>
              {t('panel.illustrativeNotice')}
            </Text>
            {panel.basis && (
              <Group gap={4} mt={4}>
                <Text size="xs">
                  {t('panel.basis')}: {panel.basis.label[lang]} {valueText(panel.basis, lang)}
                </Text>
                <SourcePopover datum={panel.basis} source={source} />
              </Group>
            )}
          </Alert>
        )}

        {state === 'loading' && (
          <Stack gap="xs" aria-label={t('panel.loading')} role="status">
            <Skeleton h={18} w="40%" />
            <Skeleton h={isChart ? 150 : 60} />
          </Stack>
        )}

        {state === 'error' && (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t('panel.errorTitle')}
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t(errorMessageKey(query.error))}</Text>
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconRefresh size={14} aria-hidden />}
                onClick={() => void query.refetch()}
                loading={query.isFetching}
              >
                {t('panel.retry')}
              </Button>
            </Stack>
          </Alert>
        )}

        {state === 'empty' && (
          <Text size="sm" c="dimmed">
            {t('panel.empty')}
          </Text>
        )}

        {state === 'ready' && panel && (
          <>
            {/* For screen readers: every figure of it is on screen already (bar labels,
                legend, pair text), so sighted readers are not given it twice. */}
            <VisuallyHidden className="panel-summary">
              {panelSummary(panel, lang, t)}
            </VisuallyHidden>
            {/* A drawing bug in one panel stays in that panel (and says so). */}
            <ErrorBoundary
              resetKeys={[panel, view, lang]}
              fallbackRender={({ error, resetErrorBoundary }) => (
                <Alert color="red" title={t('errors.boundaryTitle')} role="alert">
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>
                    <Button size="xs" variant="light" color="red" onClick={resetErrorBoundary}>
                      {t('panel.retry')}
                    </Button>
                  </Stack>
                </Alert>
              )}
            >
              {view === 'table' && hasChart ? (
                <MemoTable panel={panel} />
              ) : (
                <PanelBody panel={panel} source={source} />
              )}
            </ErrorBoundary>
          </>
        )}

        {/* The release's own inconsistencies and caveats, as numbered footnotes under the
            figures (a grey box on every card drew the eye away from them). */}
        {panel && panel.notes.length > 0 && (
          <ol className="data-notes" aria-label={t('panel.notes')}>
            {panel.notes.map((n) => (
              <li key={n.ko}>{n[lang]}</li>
            ))}
          </ol>
        )}
      </Stack>
    </Card>
  );
}, sameCardInputs);
