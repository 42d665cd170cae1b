import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TestPreferences } from '@/test/i18n';
import { PageHeading } from './page-heading';

function App() {
  return (
    <TestPreferences>
      <MemoryRouter>
        <Routes>
          <Route
            path="/"
            element={
              <>
                <PageHeading title="Orders" />
                <Link to="/stats">stats</Link>
              </>
            }
          />
          <Route path="/stats" element={<PageHeading title="Stats" />} />
        </Routes>
      </MemoryRouter>
    </TestPreferences>
  );
}

describe('PageHeading', () => {
  it('names the document after the page, and takes the focus only after an in-app navigation', async () => {
    render(<App />);
    expect(document.title).toBe('Orders · The Open Money');
    expect(screen.getByRole('heading', { name: 'Orders' })).not.toHaveFocus();
    await userEvent.click(screen.getByRole('link', { name: 'stats' }));
    expect(screen.getByRole('heading', { name: 'Stats' })).toHaveFocus();
    expect(document.title).toBe('Stats · The Open Money');
  });
});
