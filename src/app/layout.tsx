import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { sessionQueries } from '@/api/session';
import { PageSkeleton } from '@/components/ui/skeleton';
import { HealthIndicator } from '@/features/health/components/health-indicator';
import { useT } from '@/lib/i18n/use-t';
import { useCan } from '@/lib/permissions';
import { AfterHydration } from './shell/after-hydration';
import { MainNav } from './shell/main-nav';
import { OutageBanner } from './shell/outage-banner';
import { SandboxBadge } from './shell/sandbox-badge';
import { SettingsButton } from './shell/settings-button';
import { SkipLink } from './shell/skip-link';
import { UserMenu } from './shell/user-menu';

// Neither is needed for the first paint: the wallet control and the low-balance chip load after hydration.
const WalletMenu = lazy(() => import('@/features/payments/components/wallet-menu').then((m) => ({ default: m.WalletMenu })));
const LowBalanceChip = lazy(() => import('./shell/low-balance-chip').then((m) => ({ default: m.LowBalanceChip })));

/**
 * The app's frame. The wallet and the low-balance chip are for members who may pay; while a member must
 * first set up two-factor (nothing else answers), the header holds only what works: settings and the user menu.
 */
export function Layout() {
  const t = useT();
  const enrolling = useQuery(sessionQueries.current()).data?.two_factor_enrolment_required === true;
  const pays = useCan('payments.send') && !enrolling;
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 md:py-3">
          <span className="flex items-center gap-2">
            <span className="font-semibold">{t('app.name')}</span>
            <SandboxBadge />
            {pays && (
              <AfterHydration>
                <LowBalanceChip />
              </AfterHydration>
            )}
          </span>
          {!enrolling && (
            <div className="order-last w-full md:order-none md:w-auto">
              <MainNav />
            </div>
          )}
          <div className="ml-auto flex items-center gap-1 sm:gap-2 md:gap-3">
            {!enrolling && (
              <span className="hidden lg:inline-flex">
                <HealthIndicator />
              </span>
            )}
            {pays && (
              <span className="hidden sm:inline-flex">
                <AfterHydration>
                  <WalletMenu />
                </AfterHydration>
              </span>
            )}
            <SettingsButton />
            <UserMenu />
          </div>
        </div>
      </header>
      {!enrolling && <OutageBanner />}
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none">
        <Suspense fallback={<PageSkeleton label={t('app.loadingPage')} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
