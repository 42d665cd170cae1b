import type { Member } from '@contract';
import { useMutation } from '@tanstack/react-query';
import { startTwoFactor } from '@/api/account';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { AccountCard } from './account-card';
import { TwoFactorDisable } from './two-factor-disable';
import { TwoFactorEnrol } from './two-factor-enrol';

/** Two-factor on or off; setting it up (QR code or the secret, then a code) or turning it off (with a code). */
export function TwoFactorSection({ member }: { member: Member }) {
  const t = useT();
  const errorText = useErrorMessage();
  const setup = useMutation({ mutationFn: startTwoFactor, retry: false });
  return (
    <AccountCard id="two-factor-heading" title={t('account.twoFactor.title')}>
      <p role="status" className="text-sm">
        {member.two_factor ? (
          <span className="font-medium text-ok">{t('account.twoFactor.on')}</span>
        ) : (
          <span className="font-medium">{t('account.twoFactor.off')}</span>
        )}{' '}
        <span className="text-muted">{t('account.twoFactor.about')}</span>
      </p>
      {member.two_factor ? (
        <TwoFactorDisable />
      ) : setup.data ? (
        <TwoFactorEnrol setup={setup.data} onCancel={() => setup.reset()} />
      ) : (
        <>
          <Button onClick={() => setup.mutate()} disabled={setup.isPending}>
            {t('account.twoFactor.start')}
          </Button>
          {setup.isError && (
            <p role="alert" className="text-sm text-bad">
              {errorText(setup.error)}
            </p>
          )}
        </>
      )}
    </AccountCard>
  );
}
