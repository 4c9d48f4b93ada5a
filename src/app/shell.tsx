import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  AppShell,
  Badge,
  Box,
  Burger,
  Button,
  em,
  Group,
  Loader,
  NavLink,
  SegmentedControl,
  Text,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useMediaQuery, useNetwork } from '@mantine/hooks';
import { IconBasket, IconLogout, IconMoon, IconSun } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation';
import { Link, useLocation, useSearch } from 'wouter';
import { env } from '@/config/env';
import { pagePath, paths, withSearch } from '@/config/paths';
import { endSession } from '@/features/auth/end-session';
import { IdleTimeout } from '@/features/auth/idle-timeout';
import { useBriefingPack } from '@/features/briefing/briefing-store';
import { BriefingCount } from '@/features/briefing/components/briefing-count';
import { ExportNotifications } from '@/features/export/components/export-notifications';
import { useSession } from '@/features/auth/session-store';
import { filterSearch, parseFilters } from '@/features/filters/filter-params';
import { setLanguage } from '@/lib/i18n/setup';

const NAV = [
  { to: pagePath.overview, key: 'nav.overview' },
  { to: pagePath['data-dam'], key: 'nav.dataDam' },
  { to: pagePath['ai-x'], key: 'nav.aiX' },
  { to: pagePath.mec, key: 'nav.mec' },
  { to: pagePath['doctor-answer'], key: 'nav.doctorAnswer' },
  { to: pagePath['k-cyber'], key: 'nav.kCyber' },
  { to: pagePath['talent-policy'], key: 'nav.talentPolicy' },
  { to: paths.briefing, key: 'nav.briefing' },
] as const;

interface WithFiltersProps {
  to: string;
  /** Whether the filters in force ride along (PRODUCT.md: filters persist across pages). */
  carry?: boolean;
  children: (link: { to: string; replace: boolean }) => ReactNode;
}

/**
 * A link's address with the filters in force. It reads the query string itself, so a filter
 * change re-renders the shell's links and not the whole shell (header, navigation, controls).
 * A link to the page already shown replaces the history entry instead of adding a second copy
 * of it for Back to step through.
 */
function WithFilters({ to, carry = true, children }: WithFiltersProps) {
  const [pathname] = useLocation();
  const search = useSearch();
  const target = carry ? `${to}${filterSearch(parseFilters(new URLSearchParams(search)))}` : to;
  return children({ to: target, replace: target === withSearch(pathname, search) });
}

/**
 * Says so when a panel goes into the briefing pack (a pin button turning blue was the only
 * sign): a notification, which screen readers announce, with the pack's new count. Counted
 * for one user: a sign-in, or the pack loading from storage, is not a pin.
 */
function usePinnedNotice(user: string | null, count: number) {
  const { t } = useTranslation();
  const last = useRef<{ user: string | null; count: number }>({ user, count });
  useEffect(() => {
    const before = last.current;
    last.current = { user, count };
    if (user === null || before.user !== user || count <= before.count) return;
    notifications.show({
      color: 'krds',
      message: t('header.pinnedNotice', { count }),
    });
  }, [user, count, t]);
}

/** The signed-in frame: header, navigation, and the current page (children) in the main area. */
export function Shell({ children }: { children: ReactNode }) {
  const { t, lang } = useTranslation();
  const session = useSession();
  const pinnedCount = useBriefingPack(session?.user.username ?? null).items.length;
  usePinnedNotice(session?.user.username ?? null, pinnedCount);
  const [opened, { toggle, close }] = useDisclosure();
  const { online } = useNetwork();
  const [pathname, navigate] = useLocation();
  const queryClient = useQueryClient();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const changeLanguage = (next: 'ko' | 'en') =>
    setLanguage(next).catch(() =>
      notifications.show({ color: 'red', message: t('header.languageFailed') }),
    );
  const mainRef = useRef<HTMLElement>(null);
  // Read at first render (no effect), so the header does not reflow once painted.
  const wideHeader = useMediaQuery(`(min-width: ${em(768)})`, true, {
    getInitialValueInEffect: false,
  });
  const firstRender = useRef(true);

  // On navigation, move focus to the page heading so screen-reader users hear where they are.
  // Pages load lazily and render their heading once data arrives, so wait for it to appear.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const focusHeading = () => {
      const heading = document.getElementById('page-title');
      if (!heading) return false;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const giveUp = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(giveUp);
    };
  }, [pathname]);

  const onLogout = () => {
    endSession('logout');
    queryClient.clear();
    navigate(paths.login, { replace: true });
  };

  const user = session?.user;

  // Language and colour scheme sit in the header from the sm breakpoint, in the menu below it.
  const displayControls = (
    <>
      <SegmentedControl
        size="xs"
        value={lang}
        onChange={(v) => void changeLanguage(v === 'en' ? 'en' : 'ko')}
        data={[
          { value: 'ko', label: '한국어' },
          { value: 'en', label: 'EN' },
        ]}
        aria-label={t('header.language')}
      />
      <Tooltip label={scheme === 'dark' ? t('header.toLight') : t('header.toDark')}>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
          aria-label={scheme === 'dark' ? t('header.toLight') : t('header.toDark')}
        >
          {scheme === 'dark' ? (
            <IconSun size={18} aria-hidden />
          ) : (
            <IconMoon size={18} aria-hidden />
          )}
        </ActionIcon>
      </Tooltip>
    </>
  );
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('nav.openMenu')}
            />
            <WithFilters to={paths.overview}>
              {(link) => (
                <Text
                  component={Link}
                  {...link}
                  fw={700}
                  size={wideHeader ? 'lg' : 'sm'}
                  truncate
                  c="var(--mantine-color-text)"
                >
                  {t('app.shortName')}
                </Text>
              )}
            </WithFilters>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {user && (
              <Group gap={6} visibleFrom="md" wrap="nowrap">
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {user.displayName[lang]}
                </Text>
                <Badge variant="light" color="krdsNavy" data-testid="user-role">
                  {t(`roles.${user.role}`)}
                </Badge>
              </Group>
            )}
            {user && (user.role === 'analyst' || user.role === 'admin') && (
              <WithFilters to={paths.briefing}>
                {(link) => (
                  <Tooltip label={t('nav.briefing')}>
                    <Button
                      component={Link}
                      {...link}
                      variant="default"
                      size="xs"
                      leftSection={<IconBasket size={16} aria-hidden />}
                    >
                      {/* The name is the content, so it holds the text it shows (WCAG 2.5.3
                          Label in Name): "보고서 바구니: 3개", of which "3개" is visible. */}
                      <VisuallyHidden>{t('header.basketName')}</VisuallyHidden>
                      {t('header.basketCount', { count: pinnedCount })}
                    </Button>
                  </Tooltip>
                )}
              </WithFilters>
            )}
            {wideHeader && displayControls}
            {/* On a phone the label gives way to the app's name; the icon keeps its name. */}
            <Button
              variant="default"
              size="xs"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={onLogout}
              aria-label={t('header.logout')}
              styles={{ section: { marginInlineEnd: wideHeader ? undefined : 0 } }}
            >
              {wideHeader ? t('header.logout') : null}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {user && (
          <Box hiddenFrom="md" px="sm" pb="xs">
            <Text size="sm" fw={600}>
              {user.displayName[lang]} · {t(`roles.${user.role}`)}
            </Text>
          </Box>
        )}
        {/* On a phone the display controls move here from the header, out of the title's way. */}
        {!wideHeader && (
          <Group gap="xs" px="sm" pb="sm" wrap="nowrap">
            {displayControls}
          </Group>
        )}
        {NAV.filter(
          (item) =>
            item.to !== paths.briefing || user?.role === 'analyst' || user?.role === 'admin',
        ).map((item) => (
          <WithFilters key={item.to} to={item.to}>
            {(link) => (
              <NavLink
                component={Link}
                {...link}
                label={t(item.key)}
                rightSection={
                  item.to === paths.briefing ? (
                    <BriefingCount user={user?.username ?? null} />
                  ) : undefined
                }
                onClick={close}
                active={pathname === item.to}
                aria-current={pathname === item.to ? 'page' : undefined}
              />
            )}
          </WithFilters>
        ))}
        {user?.role === 'admin' &&
          (
            [
              [paths.audit, t('nav.audit')],
              [paths.data, t('nav.data')],
              [paths.security, t('nav.security')],
            ] as const
          ).map(([to, label]) => (
            <WithFilters key={to} to={to} carry={false}>
              {(link) => (
                <NavLink
                  component={Link}
                  {...link}
                  label={label}
                  onClick={close}
                  active={pathname === to}
                  aria-current={pathname === to ? 'page' : undefined}
                />
              )}
            </WithFilters>
          ))}
      </AppShell.Navbar>
      {/* The server's idle timeout, which it enforces; the warning comes a minute before. */}
      <IdleTimeout timeoutMs={(session?.idleTimeoutMinutes ?? env.idleTimeoutMinutes) * 60_000} />
      {/* Toasts for exports (and anything else signed-in pages report). */}
      <ExportNotifications />
      <AppShell.Main id="main-content" ref={mainRef} tabIndex={-1}>
        {!online && (
          <Alert color="orange" role="status" mb="md" data-testid="offline-banner">
            {t('errors.offline')}
          </Alert>
        )}
        <Suspense fallback={<Loader aria-label={t('panel.loading')} />}>{children}</Suspense>
      </AppShell.Main>
      {/* Who answers for this screen (KRDS: every page names its ministry). The release names
          its departments but no telephone number, so the lead department is the contact. */}
      <Box component="footer" className="app-footer no-print">
        <Text fw={700}>{t('app.ministry')}</Text>
        <Text size="sm">{t('footer.department', { department: t('footer.leadDepartment') })}</Text>
        <Text size="sm">{t('footer.internal')}</Text>
      </Box>
    </AppShell>
  );
}
