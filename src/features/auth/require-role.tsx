import type { ReactNode } from 'react';
import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Role } from '@/lib/api/schemas';
import { useSession } from './session-store';

/**
 * Shows its children only to the given roles; anyone else gets a clear "권한 없음" page.
 * The mock API refuses the same calls with 403: the UI is not the only guard.
 */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session && roles.includes(session.user.role)) return children;
  return (
    <Stack>
      <Title order={1} id="page-title" tabIndex={-1}>
        {t('session.forbiddenTitle')}
      </Title>
      <Alert color="red" role="alert">
        {t('session.forbiddenBody', {
          roles: roles.map((r) => t(`roles.${r}`)).join(', '),
          role: session ? t(`roles.${session.user.role}`) : '—',
        })}
      </Alert>
    </Stack>
  );
}

/** Whether the signed-in user has one of the roles (for disabling controls with a reason). */
export function useHasRole(roles: Role[]): boolean {
  const session = useSession();
  return !!session && roles.includes(session.user.role);
}
