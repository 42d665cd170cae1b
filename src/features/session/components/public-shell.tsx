import type { ReactNode } from 'react';
import { LanguageSelect } from '@/components/ui/language-select';
import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';

/** The frame of the pages seen before signing in (sign-in, set-up, joining): language, product name, heading. */
export function PublicShell({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <div className="flex justify-end">
        <LanguageSelect />
      </div>
      <div>
        <p className="text-sm font-semibold text-accent">{t('app.name')}</p>
        <PageHeading title={title} />
        {lead && <p className="mt-1 text-muted">{lead}</p>}
      </div>
      {children}
    </main>
  );
}
