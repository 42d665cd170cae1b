import type { SessionInfo } from '@contract/workspace';
import { Button } from '@/components/ui/button';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { describeDevice } from '../device';

/** One session: device and address, since when and last seen; "this browser" marked; an End button. */
export function SessionItem({ session, busy, onEnd }: { session: SessionInfo; busy: boolean; onEnd: () => void }) {
  const t = useT();
  const device = useDeviceText(session.user_agent);
  return (
    <li data-testid="session-item" className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div className="min-w-0 space-y-0.5 text-sm">
        <p className="font-medium">
          {device}
          {session.current && (
            <span className="ml-2 rounded-full bg-ok-soft px-2 py-0.5 text-xs font-semibold text-ok">
              {t('account.sessions.thisBrowser')}
            </span>
          )}
        </p>
        <p className="break-all text-muted">{session.address}</p>
        <p className="text-muted">
          {t('account.sessions.lastSeen')} <Time iso={session.last_seen_at} />
          <span aria-hidden="true"> · </span>
          {t('account.sessions.since')} <Time iso={session.created_at} />
        </p>
      </div>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={onEnd}
        aria-label={t(session.current ? 'account.sessions.endCurrentLabel' : 'account.sessions.endLabel', { device })}
      >
        {session.current ? t('account.sessions.endCurrent') : t('account.sessions.end')}
      </Button>
    </li>
  );
}

function useDeviceText(userAgent: string): string {
  const t = useT();
  const { browser, os } = describeDevice(userAgent);
  if (browser && os) return t('account.sessions.device', { browser, os });
  return browser ?? os ?? t('account.sessions.unknownDevice');
}
