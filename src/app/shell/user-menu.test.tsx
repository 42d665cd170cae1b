import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { sessionOf, signedIn } from '@/test/workspace';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

afterEach(() => vi.unstubAllGlobals());

function show(path = '/orders') {
  return renderWithApp(
    <Routes>
      <Route
        path="*"
        element={
          <>
            <MainNav />
            <UserMenu />
          </>
        }
      />
      <Route path="/sign-in" element={<p>sign-in page</p>} />
    </Routes>,
    { path, route: '*' },
  );
}

describe('header: navigation and user menu', () => {
  it('names the member and their role; opens to the account page and signing out; Escape closes it', async () => {
    const { calls } = fakeApi({
      'GET /session': () => ({ data: signedIn({ name: 'Olga Operator', role: 'operator' }) }),
      'DELETE /session': () => ({ data: sessionOf() }),
    });
    show();
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: /Olga Operator\s*Operator/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('link', { name: 'Your account' })).toHaveAttribute('href', '/account');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('link', { name: 'Your account' })).toBeNull();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('sign-in page')).toBeVisible();
    expect(calls.some((c) => c.method === 'DELETE' && c.url === '/session')).toBe(true);
  });

  it('offers New order only to roles that may create orders', async () => {
    fakeApi({ 'GET /session': () => ({ data: signedIn({ role: 'support' }) }) });
    show();
    expect(await screen.findByRole('button', { name: /Support/ })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Orders' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'New order' })).toBeNull();
  });

  it('an operator sees New order', async () => {
    fakeApi({ 'GET /session': () => ({ data: signedIn({ role: 'operator' }) }) });
    show();
    expect(await screen.findByRole('link', { name: 'New order' })).toBeVisible();
  });
});
