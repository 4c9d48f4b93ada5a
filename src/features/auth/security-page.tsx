import { useEffect } from 'react';
import {
  Alert,
  Badge,
  Button,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/client';
import type { AccountState } from '@/lib/api/schemas';
import type { MessageKey } from '@/lib/i18n/i18n';
import { LoadMoreButton } from '@/components/load-more-button';
import { formatLogTime } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/use-translation';
import { SECURITY_EVENT_KINDS } from '@/config/accounts';
import { adminQueries, unlockAccount } from './admin-api';

const KINDS: readonly string[] = SECURITY_EVENT_KINDS;
const WARNING_KINDS = new Set<string>([
  'account-locked',
  'login-while-locked',
  'login-throttled',
  'login-disabled',
]);

/**
 * /admin/security: the accounts with their lockout state (with an unlock action) and the
 * server's security log, newest first (admin only; the server refuses anyone else).
 */
export function SecurityPage() {
  const { t, lang } = useTranslation();
  const queryClient = useQueryClient();
  const users = useQuery(adminQueries.users());
  const events = useInfiniteQuery(adminQueries.securityEvents());
  const unlock = useMutation({
    mutationFn: (a: AccountState) => unlockAccount(a.username),
    onSuccess: (_data, a) => {
      notifications.show({ color: 'teal', message: t('security.unlocked', { name: a.username }) });
      void queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
    onError: (e) =>
      notifications.show({
        color: 'red',
        message: t('security.unlockFailed', { detail: isApiError(e) ? e.message : String(e) }),
      }),
  });

  useEffect(() => {
    document.title = `${t('security.title')} | ${t('app.name')}`;
  }, [t]);

  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  const kindText = (kind: string) =>
    KINDS.includes(kind) ? t(`security.kinds.${kind}` as MessageKey) : kind;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} id="page-title" tabIndex={-1}>
          {t('security.title')}
        </Title>
        <Text c="dimmed">{t('security.lead')}</Text>
      </Stack>

      <Title order={2} size="h3">
        {t('security.accounts')}
      </Title>
      {users.isPending && <Skeleton h={120} />}
      {users.isError && <Alert color="red">{t('security.loadError')}</Alert>}
      {users.data && (
        <Table
          withTableBorder
          fz="sm"
          aria-label={t('security.accounts')}
          data-testid="accounts-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('security.account')}</Table.Th>
              <Table.Th scope="col">{t('security.role')}</Table.Th>
              <Table.Th scope="col">{t('security.state')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('security.unlock')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.users.map((a) => (
              <Table.Tr key={a.username}>
                <Table.Td>
                  {a.displayName[lang]} ({a.username})
                </Table.Td>
                <Table.Td>{t(`roles.${a.role}`)}</Table.Td>
                <Table.Td>
                  {a.disabled ? (
                    <Badge color="gray">{t('security.disabled')}</Badge>
                  ) : a.lockedUntil ? (
                    <Badge color="red" variant="light">
                      {t('security.lockedUntil', {
                        time: formatLogTime(a.lockedUntil),
                      })}
                    </Badge>
                  ) : (
                    <Text size="sm">
                      {t('security.active')}
                      {a.failures > 0 && ` · ${t('security.failures', { count: a.failures })}`}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {(a.lockedUntil || a.failures > 0) && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('security.unlockNamed', { name: a.username })}
                      loading={unlock.isPending && unlock.variables?.username === a.username}
                      onClick={() => unlock.mutate(a)}
                    >
                      {t('security.unlock')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={2} size="h3">
        {t('security.events')}
      </Title>
      {events.isPending && <Skeleton h={160} />}
      {events.isError && <Alert color="red">{t('security.loadError')}</Alert>}
      {events.data && rows.length === 0 && <Text c="dimmed">{t('security.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table
            striped
            withTableBorder
            fz="sm"
            aria-label={t('security.events')}
            data-testid="security-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('security.time')}</Table.Th>
                <Table.Th scope="col">{t('security.kind')}</Table.Th>
                <Table.Th scope="col">{t('security.user')}</Table.Th>
                <Table.Th scope="col">{t('security.address')}</Table.Th>
                <Table.Th scope="col">{t('security.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLogTime(e.at)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={WARNING_KINDS.has(e.kind) ? 'red' : 'krdsNavy'}>
                      {kindText(e.kind)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{e.username ?? '—'}</Table.Td>
                  <Table.Td>{e.clientIp ?? '—'}</Table.Td>
                  <Table.Td>{e.detail ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMoreButton query={events} label={t('security.loadMore')} />
    </Stack>
  );
}
