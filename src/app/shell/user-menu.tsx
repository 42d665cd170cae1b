import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useMember } from '@/lib/permissions';

// The open menu loads when the pointer or focus first reaches the button (or on the press itself): it is
// never part of the first render.
const loadPanel = () => import('./user-menu-panel');
const UserMenuPanel = lazy(() => loadPanel().then((m) => ({ default: m.UserMenuPanel })));

/**
 * The signed-in member's name and role; opens to their account page and signing out (a disclosure: Escape
 * or a click elsewhere closes it and the focus returns to the button).
 */
export function UserMenu() {
  const roleLabel = useRoleLabel();
  const member = useMember();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  if (!member) return null;
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        className="flex max-w-[11rem] items-center gap-2 rounded-md border border-line px-2 py-1 text-left text-xs hover:bg-subtle"
      >
        <span className="min-w-0">
          <span className="block truncate font-medium">{member.name}</span>
          <span className="block truncate text-muted">{roleLabel(member.role)}</span>
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <UserMenuPanel id={panelId} email={member.email} close={close} root={root} button={button} />
        </Suspense>
      )}
    </div>
  );
}
