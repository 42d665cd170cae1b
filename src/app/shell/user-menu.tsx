import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { signOut } from '@/api/session';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';
import { useMember } from '@/lib/permissions';
import { useDismiss } from '@/lib/use-dismiss';

/**
 * The signed-in member's name and role; opens to their account page and signing out (a disclosure: Escape
 * or a click elsewhere closes it and the focus returns to the button).
 */
export function UserMenu() {
  const t = useT();
  const roleLabel = useRoleLabel();
  const member = useMember();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const logout = useSignOut();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root, button);
  if (!member) return null;
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className="flex max-w-[11rem] items-center gap-2 rounded-md border border-line px-2 py-1 text-left text-xs hover:bg-subtle"
      >
        <span className="min-w-0">
          <span className="block truncate font-medium">{member.name}</span>
          <span className="block truncate text-muted">{roleLabel(member.role)}</span>
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-1 w-60 rounded-lg border border-line bg-surface p-2 text-sm shadow-lg"
      >
        <p className="break-all px-2 py-1 text-xs text-muted">{member.email}</p>
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
