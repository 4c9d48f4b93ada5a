import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { REGIONS, SECTORS } from '@/config/regions';
import { isApiError } from '@/lib/api/client';
import type { Dimension, Fact } from '@/lib/api/schemas';
import type { BreakdownTarget, BreakdownVersion, ImportResult } from '@/lib/api/breakdown-schemas';
import type { MessageKey } from '@/lib/i18n/i18n';
import { dataMessages } from '@/lib/i18n/data-messages';
import { i18n } from '@/lib/i18n/i18n';
import { useTranslation } from '@/lib/i18n/use-translation';
import { formatGrouped, formatLogTime, formatValue } from '@/lib/format';
import { dataQueries, importBreakdown, restoreBreakdown, type ImportInput } from './api';

// This page's strings join the i18n tables when the page's code loads.
i18n.addSection({ ko: { data: dataMessages.ko }, en: { data: dataMessages.en } });


/** Flagships the nav names; the others are shown by their id. */
const FLAGSHIP_NAV: Record<string, MessageKey> = {
  overview: 'nav.overview',
  'data-dam': 'nav.dataDam',
  'ai-x': 'nav.aiX',
  'mec-5g': 'nav.mec',
  'doctor-answer': 'nav.doctorAnswer',
  'k-cyber': 'nav.kCyber',
};

const targetKey = (t: Pick<BreakdownTarget, 'factId' | 'dimension'>) =>
  `${t.factId}:${t.dimension}`;

/**
 * /admin/data (admin only; the server refuses anyone else): the release's figures by page with
 * which breakdowns are illustrative or official, the import of an official breakdown (preview
 * row by row, then apply), and the record of every import and restore, with restore.
 */
export function DataPage() {
  const { t, lang } = useTranslation();
  const queryClient = useQueryClient();
  const overview = useQuery(dataQueries.overview());
  const facts = useQuery(dataQueries.facts());

  useEffect(() => {
    document.title = `${t('data.title')} | ${t('app.name')}`;
  }, [t]);

  /** An import or restore changes pages and panels: they are fetched again. */
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['breakdowns'] }),
      queryClient.invalidateQueries({ queryKey: ['page'] }),
      queryClient.invalidateQueries({ queryKey: ['panel'] }),
    ]);
  const failed = (e: unknown) =>
    notifications.show({
      color: 'red',
      message: t('data.failed', { message: isApiError(e) ? e.message : String(e) }),
    });
  const restore = useMutation({
    mutationFn: (v: { factId: string; dimension: Dimension; version: number }) =>
      restoreBreakdown(v.factId, v.dimension, v.version),
    onSuccess: async (v) => {
      notifications.show({ color: 'teal', message: t('data.restored', { version: v.version }) });
      await refresh();
    },
    onError: failed,
  });

  const dimensionText = (d: Dimension) => t(d === 'region' ? 'data.byRegion' : 'data.bySector');
  const targets = overview.data?.targets ?? [];
  const targetLabel = (factId: string) =>
    targets.find((x) => x.factId === factId)?.label[lang] ?? factId;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} id="page-title" tabIndex={-1}>
          {t('data.title')}
        </Title>
        <Text c="dimmed">{t('data.lead')}</Text>
      </Stack>

      {(overview.isError || facts.isError) && <Alert color="red">{t('data.loadError')}</Alert>}

      <ImportForm
        targets={targets}
        dimensionText={dimensionText}
        onApplied={async (r) => {
          notifications.show({
            color: 'teal',
            message: t('data.applied', {
              fact: targetLabel(r.version!.factId),
              dimension: dimensionText(r.version!.dimension),
              version: r.version!.version,
            }),
          });
          await refresh();
        }}
        onError={failed}
      />

      <Title order={2} size="h3">
        {t('data.history')}
      </Title>
      {overview.isPending && <Skeleton h={120} />}
      {overview.data && overview.data.log.length === 0 && (
        <Text c="dimmed">{t('data.emptyLog')}</Text>
      )}
      {overview.data && overview.data.log.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder fz="sm" aria-label={t('data.history')} data-testid="breakdown-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('data.time')}</Table.Th>
                <Table.Th scope="col">{t('data.user')}</Table.Th>
                <Table.Th scope="col">{t('data.fact')}</Table.Th>
                <Table.Th scope="col">{t('data.version')}</Table.Th>
                <Table.Th scope="col">{t('data.action')}</Table.Th>
                <Table.Th scope="col">{t('data.source')}</Table.Th>
                <Table.Th scope="col">{t('data.totals')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('data.restore')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.data.log.map((v) => (
                <LogRow
                  key={`${v.factId}:${v.dimension}:${v.version}`}
                  v={v}
                  factLabel={targetLabel(v.factId)}
                  dimensionText={dimensionText}
                  busy={restore.isPending}
                  inForce={
                    v.values !== null &&
                    targets.some(
                      (x) =>
                        x.factId === v.factId &&
                        x.dimension === v.dimension &&
                        x.active?.version === v.version,
                    )
                  }
                  onRestore={() =>
                    restore.mutate({ factId: v.factId, dimension: v.dimension, version: v.version })
                  }
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {targets.some((x) => x.active) && (
        <Group gap="xs">
          {targets
            .filter((x) => x.active)
            .map((x) => (
              <Button
                key={targetKey(x)}
                variant="default"
                size="xs"
                loading={restore.isPending}
                onClick={() =>
                  restore.mutate({ factId: x.factId, dimension: x.dimension, version: 0 })
                }
              >
                {t('data.restoreIllustrative')}: {x.label[lang]} · {dimensionText(x.dimension)}
              </Button>
            ))}
        </Group>
      )}

      <Title order={2} size="h3">
        {t('data.facts')}
      </Title>
      {(facts.isPending || overview.isPending) && <Skeleton h={200} />}
      {facts.data && overview.data && (
        <FactsTable facts={facts.data.facts} targets={targets} dimensionText={dimensionText} />
      )}
    </Stack>
  );
}

function LogRow({
  v,
  factLabel,
  dimensionText,
  busy,
  inForce,
  onRestore,
}: {
  v: BreakdownVersion;
  /** The version the panels show now: nothing to restore. */
  inForce: boolean;
  factLabel: string;
  dimensionText: (d: Dimension) => string;
  busy: boolean;
  onRestore: () => void;
}) {
  const { t, lang } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLogTime(v.at)}</Table.Td>
      <Table.Td>
        {v.user.displayName[lang]} ({v.user.username})
      </Table.Td>
      <Table.Td>
        {factLabel} · {dimensionText(v.dimension)}
      </Table.Td>
      <Table.Td>v{v.version}</Table.Td>
      <Table.Td>
        {v.action === 'import'
          ? t('data.actions.import')
          : t('data.actions.restore', { from: v.restoredFrom ?? 0 })}
        {!v.values && (
          <Badge ml={6} variant="filled" color="krdsNavy" size="sm">
            {t('data.illustrative')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td style={{ wordBreak: 'break-word' }}>
        {v.source ?? t('data.none')}
        {v.note && (
          <Text size="xs" c="dimmed">
            {v.note}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatGrouped(v.totalBefore, lang)} → {formatGrouped(v.totalAfter, lang)}
      </Table.Td>
      <Table.Td>
        {inForce ? (
          <Badge color="krds" variant="light" size="sm">
            {t('data.inForce')}
          </Badge>
        ) : (
          v.values && (
            <Button size="compact-xs" variant="light" disabled={busy} onClick={onRestore}>
              {t('data.restore')}
            </Button>
          )
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function ImportForm({
  targets,
  dimensionText,
  onApplied,
  onError,
}: {
  targets: BreakdownTarget[];
  dimensionText: (d: Dimension) => string;
  onApplied: (r: ImportResult) => Promise<void>;
  onError: (e: unknown) => void;
}) {
  const { t, lang } = useTranslation();
  const [target, setTarget] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  // The preview with the inputs it was made of: it counts only while they are unchanged.
  const [checked, setChecked] = useState<{
    of: unknown[];
    preview: ImportResult['preview'];
  } | null>(null);

  const chosen = targets.find((x) => targetKey(x) === target) ?? null;
  const input: ImportInput | null =
    chosen && file
      ? { factId: chosen.factId, dimension: chosen.dimension, file, source, note }
      : null;
  const inputs = [target, file, source, note];
  const preview =
    checked && checked.of.every((v, i) => v === inputs[i]) ? checked.preview : null;

  const check = useMutation({
    mutationFn: (i: ImportInput) => importBreakdown(i, true),
    onSuccess: (r, i) =>
      setChecked({ of: [targetKey(i), i.file, i.source, i.note], preview: r.preview }),
    onError,
  });
  const apply = useMutation({
    mutationFn: (i: ImportInput) => importBreakdown(i, false),
    onSuccess: async (r) => {
      setChecked(null);
      setFile(null);
      await onApplied(r);
    },
    onError,
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="import-title">
      <Title order={2} size="h3" id="import-title">
        {t('data.importTitle')}
      </Title>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('data.target')}
          value={target}
          onChange={setTarget}
          data={targets.map((x) => ({
            value: targetKey(x),
            label: `${x.label[lang]} · ${dimensionText(x.dimension)}`,
          }))}
          w={360}
          data-testid="import-target"
        />
        <FileInput
          label={t('data.file')}
          value={file}
          onChange={setFile}
          accept=".csv,text/csv"
          clearable
          w={260}
          data-testid="import-file"
        />
      </Group>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('data.importSource')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          maxLength={200}
          w={360}
        />
        <Textarea
          label={t('data.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={1}
          w={420}
        />
      </Group>
      <Group gap="sm">
        <Button
          variant="default"
          disabled={!input || !source.trim()}
          loading={check.isPending}
          onClick={() => input && check.mutate(input)}
        >
          {t('data.preview')}
        </Button>
        <Button
          disabled={!input || !preview || preview.problems.length > 0}
          loading={apply.isPending}
          onClick={() => input && apply.mutate(input)}
        >
          {t('data.apply')}
        </Button>
      </Group>
      {preview && <PreviewTable preview={preview} noted={note.trim() !== ''} />}
    </Stack>
  );
}

function PreviewTable({ preview, noted }: { preview: ImportResult['preview']; noted: boolean }) {
  const { t, lang } = useTranslation();
  const dims = preview.dimension === 'region' ? REGIONS : SECTORS;
  const nameOf = (slug: string) => dims.find((d) => d.slug === slug)?.[lang] ?? slug;
  const differs = preview.total !== preview.officialTotal;
  const refused = preview.rows.filter((r) => r.problem).length;
  return (
    <Stack gap="xs" data-testid="import-preview">
      <Text fw={600}>{t('data.previewTitle', { encoding: preview.encoding })}</Text>
      <Table withTableBorder fz="sm" aria-label={t('data.preview')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('data.line')}</Table.Th>
            <Table.Th scope="col">{t('data.name')}</Table.Th>
            <Table.Th scope="col">{t('data.value')}</Table.Th>
            <Table.Th scope="col">{t('data.matched')}</Table.Th>
            <Table.Th scope="col">{t('data.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((r) => (
            <Table.Tr key={r.line} data-problem={r.problem ?? undefined}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.valueText}</Table.Td>
              <Table.Td>{r.slug ? nameOf(r.slug) : t('data.none')}</Table.Td>
              <Table.Td>
                {r.problem ? (
                  <Badge color="red" variant="light">
                    {t(`data.problems.${r.problem}`)}
                  </Badge>
                ) : (
                  <Badge color="krdsNavy" variant="light">
                    {t('data.ok')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">
        {t('data.totalCheck', {
          total: formatGrouped(preview.total, lang),
          official: formatGrouped(preview.officialTotal, lang),
        })}{' '}
        {differs ? t(noted ? 'data.totalDiffersNoted' : 'data.totalDiffers') : t('data.totalOk')}
      </Text>
      {preview.problems.length > 0 && (
        // Missing regions always refuse the file, so they are said in the refusal.
        <Alert color="red" role="alert">
          <Text size="sm">{t('data.cannotApply')}</Text>
          {refused > 0 && (
            <Text size="sm" fw={600}>
              {t('data.refusedRows', { count: refused })}
            </Text>
          )}
          {preview.rows.length === 0 && (
            <Text size="sm" fw={600}>
              {t('data.noRows')}
            </Text>
          )}
          {preview.missing.length > 0 && (
            <Text size="sm" fw={600}>
              {t('data.missing', { list: preview.missing.map(nameOf).join(', ') })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}

function FactsTable({
  facts,
  targets,
  dimensionText,
}: {
  facts: Fact[];
  targets: BreakdownTarget[];
  dimensionText: (d: Dimension) => string;
}) {
  const { t, lang } = useTranslation();
  const byFlagship = new Map<string, Fact[]>();
  for (const f of facts) byFlagship.set(f.flagship, [...(byFlagship.get(f.flagship) ?? []), f]);
  const groups = [...byFlagship];
  const flagshipName = (id: string) => (FLAGSHIP_NAV[id] ? t(FLAGSHIP_NAV[id]) : id);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder fz="sm" aria-label={t('data.facts')} data-testid="facts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('data.page')}</Table.Th>
            <Table.Th scope="col">{t('data.fact')}</Table.Th>
            <Table.Th scope="col">{t('data.value')}</Table.Th>
            <Table.Th scope="col">{t('data.source')}</Table.Th>
            <Table.Th scope="col">{t('data.breakdowns')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.flatMap(([flagship, list]) =>
            list.map((f, i) => {
              const splits = targets.filter((x) => x.factId === f.id);
              return (
                <Table.Tr key={f.id} data-fact-id={f.id}>
                  <Table.Td>{i === 0 ? flagshipName(flagship) : ''}</Table.Td>
                  <Table.Td>{f.label[lang]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {f.value === null ? t('data.none') : formatValue(f.value, f.unit, lang)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      “{f.quote}”
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {splits.length === 0 && t('data.none')}
                      {splits.map((x) => (
                        <Group key={x.dimension} gap={4} wrap="nowrap">
                          <Text size="xs">{dimensionText(x.dimension)}</Text>
                          {x.active ? (
                            <Badge color="krds" variant="light" size="sm">
                              {t('data.official', {
                                version: x.active.version,
                                date: x.active.importedAt.slice(0, 10),
                              })}
                            </Badge>
                          ) : (
                            <Badge color="krdsNavy" variant="filled" size="sm">
                              {t('data.illustrative')}
                            </Badge>
                          )}
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            }),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
