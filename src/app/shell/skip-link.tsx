import { useT } from '@/lib/i18n/use-t';

/** The first Tab stop: straight past the header to the page. */
export function SkipLink() {
  const t = useT();
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-on-accent focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
    >
      {t('app.skipToContent')}
    </a>
  );
}
