import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { Link, useNavigate } from 'react-router';
import { signOut } from '@/api/session';
import { useT } from '@/lib/i18n/use-t';
import { useDismiss } from '@/lib/use-dismiss';

/** The open user menu: the member's email, their account page and signing out. Escape or a press elsewhere closes it. */
export function UserMenuPanel({
  id,
  email,
  close,
  root,
  button,
}: {
  id: string;
  email: string;
  close: () => void;
  root: RefObject<HTMLElement | null>;
  button: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const logout = useSignOut();
  useDismiss(true, close, root, button);
  return (
    <div id={id} className="absolute right-0 z-30 mt-1 w-60 rounded-lg border border-line bg-surface p-2 text-sm shadow-lg">
      <p className="break-all px-2 py-1 text-xs text-muted">{email}</p>
      <Link to="/account" onClick={close} className="block rounded-md px-2 py-1.5 hover:bg-subtle">
        {t('app.account')}
      </Link>
      <button
        type="button"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
        className="block w-full rounded-md px-2 py-1.5 text-left hover:bg-subtle"
      >
        {t('app.signOut')}
      </button>
    </div>
  );
}

function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.clear();
      void navigate('/sign-in', { replace: true });
    },
  });
}
