import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { signedIn } from '@/test/workspace';
import { JoinPage } from './join-page';

afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'a'.repeat(43);
const invite = { role: 'support', expires_at: '2026-04-23T12:00:00Z', invited_by: 'Ada Owner' };

function show(path = `/join#${TOKEN}`) {
  return renderWithApp(
    <Routes>
      <Route path="/join" element={<JoinPage />} />
      <Route path="/orders" element={<p>orders page</p>} />
      <Route path="/sign-in" element={<p>sign-in page</p>} />
    </Routes>,
    { path, route: '*' },
  );
}

async function fillIn() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Your name'), 'Sam Support');
  await user.type(screen.getByLabelText('Email'), 'sam@example.com');
  await user.type(screen.getByLabelText('Choose a password'), 'a long enough password');
  await user.click(screen.getByRole('button', { name: 'Join' }));
}

describe('join page', () => {
  it('says who invited with which role, then joins and signs in', async () => {
    const { calls } = fakeApi({
      'POST /workspace/join/check': () => ({ data: invite }),
      'POST /workspace/join': () => ({ data: signedIn({ role: 'support', name: 'Sam Support' }) }),
    });
    show();
    expect(await screen.findByText('Ada Owner invited you to join as Support.')).toBeVisible();
    expect(screen.getByText('Reads, searches and exports every order; cannot create or cancel.')).toBeVisible();
    expect(screen.getByText('2026-04-23 12:00')).toBeVisible();
    await fillIn();
    expect(await screen.findByText('orders page')).toBeVisible();
    expect(calls[0]?.body).toEqual({ token: TOKEN });
    expect(calls[1]?.body).toEqual({
      token: TOKEN,
      name: 'Sam Support',
      email: 'sam@example.com',
      password: 'a long enough password',
    });
  });

  it('a used, expired or revoked link says so and leads to sign-in', async () => {
    fakeApi({ 'POST /workspace/join/check': () => ({ status: 404, error: ['NOT_FOUND', 'no such invitation'] }) });
    show();
    expect(await screen.findByRole('heading', { level: 1, name: 'This invitation cannot be used' })).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Go to sign-in' }));
    expect(screen.getByText('sign-in page')).toBeVisible();
  });

  it('a link without a well-formed token does not even ask the server', async () => {
    const { calls } = fakeApi({});
    show('/join#nope');
    expect(await screen.findByText(/has already been used, has expired or was withdrawn/)).toBeVisible();
    expect(calls).toEqual([]);
  });

  it('an email that already belongs to a member is said at the email field', async () => {
    fakeApi({
      'POST /workspace/join/check': () => ({ data: invite }),
      'POST /workspace/join': () => ({ status: 409, error: ['CONFLICT', 'this email already belongs to a member'] }),
    });
    show();
    await fillIn();
    expect(await screen.findByText('This email already belongs to a member of this workspace. Sign in instead.')).toBeVisible();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });
});
