import { useRef } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSession } from '@/features/auth/session-store';
import {
  briefingStore,
  useBriefingPack,
  type BriefingItem,
} from '@/features/briefing/briefing-store';
import { BriefingPage } from '@/features/briefing/components/briefing-page';
import { dashboardQueries } from '@/features/dashboard/api';
import { PanelCard } from '@/features/dashboard/components/panel-card';
import { sourceLine } from '@/features/dashboard/source-text';
import { PackExportButtons } from '@/features/export/components/pack-export-buttons';
import type { PackItem } from '@/features/export/run-pack-export';
import { panelState } from '@/features/dashboard/panel-state';
import { userStamp, viewUrl } from '@/features/export/frame';
import { filtersAsApplied, filtersInWords } from '@/lib/filter-words';
import { pagePath } from '@/config/paths';
import { pageIdSchema, type PageId } from '@/lib/api/schemas';

const SOURCE_PAGE: PageId = 'overview';

/** One pinned panel, rendered live with the filters it was pinned with. */
function PinnedPanel({ item }: { item: BriefingItem }) {
  const { t, lang } = useTranslation();
  const pageId = pageIdSchema.safeParse(item.pageId);
  const page = useQuery({
    ...dashboardQueries.page(pageId.success ? pageId.data : SOURCE_PAGE),
    enabled: pageId.success,
  });
  const ref = page.data?.panels.find((p) => p.id === item.panelId);
  if (!pageId.success || (page.data && !ref)) {
    return <Alert color="orange">{t('briefing.missing')}</Alert>;
  }
  if (!page.data || !ref) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {page.data.title[lang]} ·{' '}
        {t('briefing.filtersOf', { text: filtersInWords(item.filters, lang) })}
      </Text>
      <PanelCard panelRef={ref} source={page.data.source} filters={item.filters} />
    </Stack>
  );
}

/** 보고서 바구니: the briefing feature's list, live panels from the dashboard, and the pack export. */
export function BriefingRoute() {
  const { t, lang } = useTranslation();
  const session = useSession();
  const user = session?.user;
  const pack = useBriefingPack(user?.username ?? null);
  const queryClient = useQueryClient();
  const listRef = useRef<HTMLDivElement>(null);
  // Page titles, for item labels and the pack's contents list.
  const pages = useQuery({ ...dashboardQueries.page(SOURCE_PAGE) });
  const pageIds = [...new Set(pack.items.map((i) => i.pageId))].flatMap((id) => {
    const parsed = pageIdSchema.safeParse(id);
    return parsed.success ? [parsed.data] : [];
  });
  const pageResults = useQueries({ queries: pageIds.map((id) => dashboardQueries.page(id)) });
  const pageTitles = new Map(pageIds.map((id, n) => [id as string, pageResults[n]?.data]));

  if (!user) return null;
  const panelTitle = (item: BriefingItem) =>
    pageTitles.get(item.pageId)?.panels.find((p) => p.id === item.panelId)?.title[lang] ??
    item.panelId;
  const itemLabel = (item: BriefingItem) => {
    const page = pageTitles.get(item.pageId);
    return page ? `${page.title[lang]} · ${panelTitle(item)}` : panelTitle(item);
  };

  const source = pages.data?.source;
  const ctx = {
    lang,
    pageId: 'briefing' as const,
    pageTitle: { ko: t('nav.briefing'), en: t('nav.briefing') },
    filters: { region: [], sector: [] },
    // The audit entry names every item's own filters, as they applied to its panel (a
    // national panel pinned under a region filter is 전국 — 지역 필터 미적용).
    filtersText: pack.items
      .map((item, n) => {
        const ref = pageTitles.get(item.pageId)?.panels.find((p) => p.id === item.panelId);
        return `${n + 1}) ${filtersAsApplied(ref?.scope ?? null, item.filters, lang).text}`;
      })
      .join(' / '),
    sourceText: source ? sourceLine(source, lang) : '',
    referencePeriod: pages.data?.referenceDate ?? '',
    userText: userStamp(user.displayName[lang], user.role, t(`roles.${user.role}`)),
    canExport: user.role === 'analyst' || user.role === 'admin',
  };

  // Every pinned item must be on screen to be exported: a pack never silently loses a panel.
  const getItems = (): PackItem[] => {
    const items = briefingStore.get(user.username).items;
    const found = items.map((item) =>
      listRef.current?.querySelector<HTMLElement>(
        `[data-briefing-key="${CSS.escape(item.key)}"] [data-panel-id]`,
      ),
    );
    const missing = items.filter((_, n) => !found[n]).map(itemLabel);
    if (missing.length) throw new Error(t('briefing.notReady', { items: missing.join(', ') }));
    return items.map((item, n) => {
      const ref = pageTitles.get(item.pageId)?.panels.find((p) => p.id === item.panelId);
      if (!ref) throw new Error(t('briefing.notReady', { items: itemLabel(item) }));
      const path = pagePath[item.pageId as PageId] ?? '/';
      return {
        element: found[n]!,
        title: itemLabel(item),
        caption: item.caption,
        filters: item.filters,
        // The panel as the app holds it with the item's filters: its data, or its failure.
        state: panelState(queryClient, ref, item.filters),
        url: viewUrl(window.location.origin, path, item.filters),
      };
    });
  };

  return (
    <div ref={listRef}>
      <BriefingPage
        user={user.username}
        itemLabel={itemLabel}
        renderItem={(item) => <PinnedPanel item={item} />}
        exportControls={
          <PackExportButtons
            ctx={ctx}
            meta={{ title: pack.title, date: pack.date }}
            getItems={getItems}
            disabled={pack.items.length === 0 || !source}
          />
        }
      />
    </div>
  );
}
