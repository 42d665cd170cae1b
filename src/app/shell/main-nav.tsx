import { NavLink } from 'react-router';
import { useT } from '@/lib/i18n/use-t';
import { useCan } from '@/lib/permissions';

/** The pages this member's role can use, one row at every width (scrolls sideways on the narrowest phones). */
export function MainNav() {
  const t = useT();
  const creates = useCan('orders.create');
  const manages = useCan('workspace.manage');
  const bulk = useCan('bulk.run');
  const links = [
    { to: '/orders', label: t('app.nav.orders'), end: true },
    ...(creates ? [{ to: '/orders/new', label: t('app.nav.newOrder'), end: true }] : []),
    ...(bulk ? [{ to: '/orders/bulk', label: t('app.nav.bulk'), end: false }] : []),
    { to: '/stats', label: t('app.nav.stats'), end: false },
    { to: '/balance', label: t('app.nav.balance'), end: false },
    ...(manages
      ? [
          { to: '/team', label: t('app.nav.team'), end: false },
          { to: '/audit', label: t('app.nav.audit'), end: false },
        ]
      : []),
  ];
  return (
    <nav aria-label={t('app.nav.label')} className="-mx-1 flex gap-1 overflow-x-auto">
      {links.map((link) => (
        <NavLink
          key={link.to}
          to={link.to}
          end={link.end}
          className={({ isActive }) =>
            `whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${isActive ? 'bg-accent-soft font-medium text-accent' : 'text-ink hover:bg-subtle'}`
          }
        >
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
