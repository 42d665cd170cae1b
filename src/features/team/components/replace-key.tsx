import { replaceKeySchema } from '@contract/workspace';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { replaceKey, teamQueries } from '@/api/team';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { isUnauthorized } from '@/lib/api-errors';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';

/**
 * Replace the partner key: the server checks the new one against the partner API before it takes effect,
 * so a mistyped key changes nothing. Its refusal (401) is about the key, not this browser's session.
 */
export function ReplaceKey() {
  const t = useT();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [shapeError, setShapeError] = useState(false);
  const mutation = useMutation({
    mutationFn: replaceKey,
    meta: { credentialCheck: true },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: teamQueries.key().queryKey });
      setOpen(false);
    },
  });
  const change = (next: boolean) => {
    setOpen(next);
    setValue('');
    setShapeError(false);
    mutation.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = replaceKeySchema.safeParse({ api_key: value.trim() });
    setShapeError(!parsed.success);
    if (parsed.success) mutation.mutate(parsed.data.api_key);
  };
  const error = shapeError
    ? t('common.field.key')
    : mutation.isError
      ? isUnauthorized(mutation.error)
        ? t('team.key.refused')
        : errorText(mutation.error)
      : undefined;
  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button variant="secondary">{t('team.key.replace')}</Button>
      </DialogTrigger>
      <DialogContent title={t('team.key.replaceTitle')} description={t('team.key.replaceBody')}>
        <form onSubmit={submit} noValidate className="space-y-4">
          <Field label={t('team.key.newKey')} error={error}>
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="off"
                spellCheck={false}
                className={`${inputClass} font-mono`}
                placeholder={t('team.key.placeholder')}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            )}
          </Field>
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary">{t('team.key.cancel')}</Button>
            </DialogClose>
            <Button type="submit" disabled={mutation.isPending || value.trim() === ''}>
              {mutation.isPending ? t('team.key.checking') : t('team.key.save')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
