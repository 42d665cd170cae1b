import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { sessionOf, signedIn } from '@/test/workspace';
import { SignInPage } from './sign-in-page';

afterEach(() => vi.unstubAllGlobals());

function show(path = '/sign-in?next=%2Fstats') {
  return renderWithApp(
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/stats" element={<p>stats page</p>} />
      <Route path="/orders" element={<p>orders page</p>} />
    </Routes>,
    { path, route: '*' },
  );
}

describe('sign-in page', () => {
  it('signs in with email and password and goes back to ?next=', async () => {
    const { calls } = fakeApi({
      'GET /session': () => ({ data: sessionOf({ mode: 'upstream', demo_available: false }) }),
      'POST /session': () => ({ data: signedIn() }),
    });
    show();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), ' Ada@Example.com ');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Sandbox mode' })).toBeNull();
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('stats page')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'Ada@Example.com', password: 'correct horse battery' });
  });

  it('says what is missing next to each field and moves the focus there, without asking the server', async () => {
    const { calls } = fakeApi({ 'GET /session': () => ({ data: sessionOf() }) });
    show();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address, like name@example.com.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Fill this in.');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('a wrong password and a rate limit are said plainly', async () => {
    let refusal: [string, string] = ['UNAUTHORIZED', 'the email or password is wrong'];
    let status = 401;
    fakeApi({
      'GET /session': () => ({ data: sessionOf() }),
      'POST /session': () => ({ status, error: refusal, headers: { 'Retry-After': '42' } }),
    });
    show();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is wrong.');
    refusal = ['RATE_LIMITED', 'too many failed sign-in attempts'];
    status = 429;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Too many attempts. Try again in 42 seconds.')).toBeVisible();
  });

  it('asks for the two-factor code when the server wants it, then sends all three', async () => {
    const { calls } = fakeApi({
      'GET /session': () => ({ data: sessionOf() }),
      'POST /session': (call) => {
        const body = call.body;
        if (typeof body === 'object' && body !== null && 'totp' in body && body.totp === '123456') return { data: signedIn() };
        return { status: 401, error: ['TWO_FACTOR_REQUIRED', 'enter the code from your authenticator app'] };
      },
    });
    show('/sign-in');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const code = await screen.findByLabelText('Authentication code');
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(
        'This code was not accepted. Enter the code your app shows now (each code works once: if you just used it, wait for the next).',
      ),
    );
    await user.clear(code);
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('orders page')).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({
      email: 'ada@example.com',
      password: 'correct horse battery',
      totp: '123456',
    });
  });

  it('offers the demo owner in the sandbox, marked as sandbox-only', async () => {
    const { calls } = fakeApi({
      'GET /session': () => ({ data: sessionOf() }),
      'POST /session': () => ({ data: signedIn({ name: 'Demo owner' }) }),
    });
    show('/sign-in');
    await userEvent.click(await screen.findByRole('button', { name: 'Continue as the demo owner (sandbox only)' }));
    expect(await screen.findByText('orders page')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ demo: true });
  });

  it('sets up a new workspace: owner, email, password and the partner key (pre-filled in the sandbox)', async () => {
    const { calls } = fakeApi({
      'GET /session': () => ({ data: sessionOf({ setup_required: true, demo_key: 'osk_demo_key_123456' }) }),
      'POST /workspace/setup': () => ({ data: signedIn() }),
    });
    show('/sign-in');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up your workspace' })).toBeVisible();
    expect(screen.getByLabelText('Partner API key')).toHaveValue('osk_demo_key_123456');
    expect(screen.getByRole('button', { name: 'Continue as the demo owner (sandbox only)' })).toBeVisible();
    await user.type(screen.getByLabelText('Your name'), 'Ada Owner');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Choose a password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    expect(screen.getByLabelText('Choose a password')).toHaveFocus();
    expect(screen.getByLabelText('Choose a password')).toHaveAccessibleDescription(
      'At least 10 characters. Use at least 10 characters.',
    );
    await user.type(screen.getByLabelText('Choose a password'), ' and longer');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    expect(await screen.findByText('orders page')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Ada Owner',
      email: 'ada@example.com',
      password: 'short and longer',
      api_key: 'osk_demo_key_123456',
    });
  });

  it('says at the key field when the partner API refuses the key', async () => {
    fakeApi({
      'GET /session': () => ({ data: sessionOf({ mode: 'upstream', setup_required: true, demo_available: false }) }),
      'POST /workspace/setup': () => ({ status: 401, error: ['UNAUTHORIZED', 'this key was not accepted by the partner API'] }),
    });
    show('/sign-in');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Your name'), 'Ada');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Choose a password'), 'long enough password');
    await user.type(screen.getByLabelText('Partner API key'), 'osk_not_the_right_key');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    await waitFor(() => expect(screen.getByLabelText('Partner API key')).toHaveFocus());
    expect(screen.getByLabelText('Partner API key')).toHaveAccessibleDescription(
      /Checked against the partner API.*The partner API did not accept this key/,
    );
    expect(screen.queryByRole('region', { name: 'Sandbox mode' })).toBeNull();
  });

  it('a signed-in browser goes straight on', async () => {
    fakeApi({ 'GET /session': () => ({ data: signedIn() }) });
    show();
    expect(await screen.findByText('stats page')).toBeVisible();
  });
});
