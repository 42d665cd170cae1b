import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useT } from '@/lib/i18n/use-t';

/**
 * A page's `<h1>`: sets the document title ("Orders · The Open Money") and, after an in-app navigation,
 * takes the focus so keyboard and screen-reader users start at the new page (not on the first load).
 */
export function PageHeading({ title, children, className = '' }: { title: string; children?: ReactNode; className?: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  // The router's first location has the key "default"; every page reached by a link or back/forward has its own.
  const arrived = useLocation().key !== 'default';
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  useEffect(() => {
    if (arrived) ref.current?.focus();
  }, [arrived]);
  return (
    <h1 ref={ref} tabIndex={-1} className={`text-2xl font-semibold tracking-tight outline-none ${className}`}>
      {children ?? title}
    </h1>
  );
}
