import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { disableTwoFactor } from '@/api/account';
import { adoptMember } from '@/api/session';
import { Button } from '@/components/ui/button';
import { CodeField } from '@/components/ui/code-field';
import { useT } from '@/lib/i18n/use-t';
import { useCodeForm } from './code-field';

/** Turning two-factor off takes a current code; refused while the owner requires it for everyone. */
export function TwoFactorDisable() {
  const t = useT();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const disable = useMutation({
    mutationFn: disableTwoFactor,
    retry: false,
    onSuccess: (member) => adoptMember(queryClient, member),
  });
  const form = useCodeForm(code, disable, t('account.twoFactor.required'));
  return (
    <form ref={form.ref} onSubmit={form.submit} noValidate className="space-y-3">
      <CodeField code={code} onCode={setCode} error={form.error} label={t('account.twoFactor.disableCode')} />
      <Button type="submit" variant="danger" disabled={disable.isPending}>
        {t('account.twoFactor.disable')}
      </Button>
    </form>
  );
}
