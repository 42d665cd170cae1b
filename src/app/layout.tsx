import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { signOut } from '@/api/session';
import { Button } from '@/components/ui/button';
import { PageSkeleton } from '@/components/ui/skeleton';
import { HealthIndicator } from '@/features/health/components/health-indicator';
import { useT } from '@/lib/i18n/use-t';
import { AfterHydration } from './shell/after-hydration';
import { MainNav } from './shell/main-nav';
import { OutageBanner } from './shell/outage-banner';
import { SandboxBadge } from './shell/sandbox-badge';
import { SettingsButton } from './shell/settings-button';
import { SkipLink } from './shell/skip-link';

// Neither is needed for the first paint: the wallet control and the low-balance chip load after hydration.
const WalletMenu = lazy(() => import('@/features/payments/components/wallet-menu').then((m) => ({ default: m.WalletMenu })));
const LowBalanceChip = lazy(() => import('./shell/low-balance-chip').then((m) => ({ default: m.LowBalanceChip })));

export function Layout() {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.clear();
      void navigate('/sign-in', { replace: true });
    },
  });
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 md:py-3">
          <span className="flex items-center gap-2">
            <span className="font-semibold">{t('app.name')}</span>
            <SandboxBadge />
            <AfterHydration>
              <LowBalanceChip />
            </AfterHydration>
          </span>
          <div className="order-last w-full md:order-none md:w-auto">
            <MainNav />
          </div>
          <div className="ml-auto flex items-center gap-1 sm:gap-2 md:gap-3">
            <span className="hidden lg:inline-flex">
              <HealthIndicator />
            </span>
            <span className="hidden sm:inline-flex">
              <AfterHydration>
                <WalletMenu />
              </AfterHydration>
            </span>
            <SettingsButton />
            <Button
              variant="ghost"
              className="px-2 py-1 text-sm"
              onClick={() => logout.mutate()}
              disabled={logout.isPending}
              aria-label={t('app.signOut')}
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="h-4 w-4 sm:hidden"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
              >
                <path d="M8 4H4.5v12H8M13 6.5 16.5 10 13 13.5M16.5 10H8" />
              </svg>
              <span className="hidden sm:inline">{t('app.signOut')}</span>
            </Button>
          </div>
        </div>
      </header>
      <OutageBanner />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none">
        <Suspense fallback={<PageSkeleton label={t('app.loadingPage')} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
