import { useEffect, useState } from 'react';
import { Alert, Badge, Group, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { LoadMoreButton } from '@/components/load-more-button';
import { useTranslation } from '@/lib/i18n/use-translation';
import { exportFormatSchema, type ExportFormat } from '@/lib/api/schemas';
import { auditQueries } from '../api';
import { stampTime } from '../frame';

/**
 * /admin/audit: every export, newest first, filtered by user and format, a page at a time,
 * with whether the log's hash chain verifies (admin only).
 */
export function AuditPage() {
  const { t, lang } = useTranslation();
  const [user, setUser] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormat | null>(null);
  const all = useInfiniteQuery(auditQueries.list());
  const list = useInfiniteQuery(
    auditQueries.list({ user: user ?? undefined, format: format ?? undefined }),
  );
  const entries = list.data?.pages.flatMap((p) => p.entries) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const chain = all.data?.pages[0]?.chain ?? null;

  useEffect(() => {
    document.title = `${t('audit.title')} | ${t('app.name')}`;
  }, [t]);

  const users = [
    ...new Map(
      (all.data?.pages.flatMap((p) => p.entries) ?? []).map((e) => [e.user.username, e.user]),
    ).values(),
  ];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} id="page-title" tabIndex={-1}>
          {t('audit.title')}
        </Title>
        <Text c="dimmed">{t('audit.lead')}</Text>
      </Stack>
      {chain && (
        <Alert
          color={chain.verified ? 'teal' : 'red'}
          role={chain.verified ? 'status' : 'alert'}
          data-testid="audit-chain"
        >
          {chain.verified
            ? t('audit.chainOk', { count: chain.checked, head: chain.head.slice(0, 12) })
            : t('audit.chainBroken', { id: chain.brokenAt ?? '?' })}
        </Alert>
      )}
      <Group align="flex-end">
        <Select
          label={t('audit.user')}
          placeholder={t('audit.all')}
          clearable
          value={user}
          onChange={setUser}
          data={users.map((u) => ({
            value: u.username,
            label: `${u.displayName[lang]} (${u.username})`,
          }))}
          w={240}
        />
        <Select
          label={t('audit.format')}
          placeholder={t('audit.all')}
          clearable
          value={format}
          onChange={(v) => setFormat(v ? exportFormatSchema.parse(v) : null)}
          data={exportFormatSchema.options.map((f) => ({
            value: f,
            label: t(`audit.formats.${f}`),
          }))}
          w={200}
        />
        {list.data && (
          <Text size="sm" c="dimmed" role="status">
            {entries.length < total
              ? t('audit.shown', { shown: entries.length, total })
              : t('audit.count', { count: total })}
          </Text>
        )}
      </Group>
      {list.isPending && <Skeleton h={160} />}
      {list.isError && <Alert color="red">{t('audit.loadError')}</Alert>}
      {list.data && entries.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table
            striped
            withTableBorder
            fz="sm"
            aria-label={t('audit.title')}
            data-testid="audit-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.time')}</Table.Th>
                <Table.Th scope="col">{t('audit.user')}</Table.Th>
                <Table.Th scope="col">{t('audit.page')}</Table.Th>
                <Table.Th scope="col">{t('audit.panel')}</Table.Th>
                <Table.Th scope="col">{t('audit.filters')}</Table.Th>
                <Table.Th scope="col">{t('audit.format')}</Table.Th>
                <Table.Th scope="col">{t('audit.file')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{stampTime(new Date(e.at))}</Table.Td>
                  <Table.Td>
                    {e.user.displayName[lang]} ({t(`roles.${e.user.role}`)})
                  </Table.Td>
                  <Table.Td>{e.pageTitle[lang]}</Table.Td>
                  <Table.Td>{e.panelTitle ? e.panelTitle[lang] : t('audit.wholePage')}</Table.Td>
                  <Table.Td>{e.filtersText}</Table.Td>
                  {/* The format stays whole: a long file name beside it must not squeeze it to "P…". */}
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge variant="light" color="krdsNavy" miw="max-content">
                      {t(`audit.formats.${e.format}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{e.fileName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMoreButton query={list} label={t('audit.loadMore')} />
    </Stack>
  );
}
