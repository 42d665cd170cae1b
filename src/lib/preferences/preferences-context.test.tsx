import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageSelect } from '@/components/ui/language-select';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { TestPreferences } from '@/test/i18n';

function Heading() {
  const t = useT();
  return <h1>{t('app.nav.orders')}</h1>;
}

describe('language and zone preferences', () => {
  it('switches the language on the spot, and keeps it for the next visit and the server render', async () => {
    render(
      <TestPreferences>
        <LanguageSelect />
        <Heading />
      </TestPreferences>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Orders');
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'ru');
    expect(await screen.findByRole('heading', { name: 'Заказы' })).toBeInTheDocument();
    expect(screen.getByLabelText('Язык')).toHaveValue('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(document.cookie).toContain('om_locale=ru');
  });

  it('shows instants in the chosen zone, with the exact UTC instant on hover', () => {
    render(
      <TestPreferences timeZone="Asia/Jakarta">
        <Time iso="2026-04-16T12:00:59Z" />
      </TestPreferences>,
    );
    const time = screen.getByText('2026-04-16 19:00');
    expect(time).toHaveAttribute('title', '2026-04-16 12:00:59 UTC');
    expect(time).toHaveAttribute('datetime', '2026-04-16T12:00:59Z');
  });
});
