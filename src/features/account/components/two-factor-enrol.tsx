import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { confirmTwoFactor } from '@/api/account';
import { adoptMember } from '@/api/session';
import { Button } from '@/components/ui/button';
import { CodeField } from '@/components/ui/code-field';
import { CopyButton } from '@/components/ui/copy-button';
import { QrCode } from '@/components/ui/qr-code';
import { useT } from '@/lib/i18n/use-t';
import { useCodeForm } from './code-field';

/**
 * Enrolment: the QR code of the otpauth URL for an authenticator app, the secret as text for typing it
 * in by hand, then a code from the app to prove it works. Once confirmed the session is read again (an
 * owner's requirement to enrol is then lifted).
 */
export function TwoFactorEnrol({ setup, onCancel }: { setup: { secret: string; otpauth_url: string }; onCancel: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const confirm = useMutation({
    mutationFn: confirmTwoFactor,
    retry: false,
    onSuccess: (member) => adoptMember(queryClient, member),
  });
  const form = useCodeForm(code, confirm);
  return (
    <form ref={form.ref} onSubmit={form.submit} noValidate className="space-y-4">
      <ol className="list-decimal space-y-4 pl-5 text-sm">
        <li className="space-y-2">
          <p>{t('account.twoFactor.scan')}</p>
          <QrCode value={setup.otpauth_url} label={t('account.twoFactor.qr')} size={176} />
        </li>
        <li className="space-y-2">
          <p>{t('account.twoFactor.manual')}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code data-testid="two-factor-secret" className="break-all rounded bg-subtle px-2 py-1 font-mono">
              {setup.secret}
            </code>
            <CopyButton value={setup.secret} label={t('account.twoFactor.secret')} />
          </div>
        </li>
        <li className="space-y-2">
          <CodeField code={code} onCode={setCode} error={form.error} label={t('account.twoFactor.confirmCode')} />
        </li>
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={confirm.isPending}>
          {t('account.twoFactor.confirm')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('account.twoFactor.cancel')}
        </Button>
      </div>
    </form>
  );
}
