import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { ownerMember, sessionInfo, signedIn } from '@/test/workspace';
import { AccountPage } from './account-page';

afterEach(() => vi.unstubAllGlobals());

function show() {
  return renderWithApp(
    <Routes>
      <Route path="/account" element={<AccountPage />} />
      <Route path="/sign-in" element={<p>sign-in page</p>} />
    </Routes>,
    { path: '/account', route: '*' },
  );
}

const here = sessionInfo({ id: 's-here', current: true, address: '127.0.0.1' });
const phone = sessionInfo({
  id: 's-phone',
  user_agent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
});

describe('account page', () => {
  it('shows who I am and where I am signed in, this browser first; ending another session asks the list again', async () => {
    let sessions = [phone, here];
    const { calls } = fakeApi({
      'GET /session': () => ({ data: signedIn() }),
      'GET /workspace/sessions': () => ({ data: sessions }),
      'DELETE /workspace/sessions/s-phone': () => {
        sessions = [here];
        return { data: { ended: 's-phone' } };
      },
    });
    show();
    const profile = await screen.findByRole('region', { name: 'Profile' });
    expect(profile).toHaveTextContent('Ada Owner');
    expect(profile).toHaveTextContent('ada@example.com');
    expect(profile).toHaveTextContent('Owner');
    const list = screen.getByRole('region', { name: 'Where you are signed in' });
    const items = await within(list).findAllByTestId('session-item');
    expect(items[0]).toHaveTextContent(/Chrome on Linux\s*This browser/);
    expect(items[0]).toHaveTextContent('Last active 2026-04-16 11:30');
    expect(items[1]).toHaveTextContent('Safari on iOS');
    await userEvent.click(within(list).getByRole('button', { name: 'End session on Safari on iOS' }));
    await waitFor(() => expect(within(list).getAllByTestId('session-item')).toHaveLength(1));
    expect(calls.some((c) => c.method === 'DELETE' && c.url === '/workspace/sessions/s-phone')).toBe(true);
  });

  it('ending this browser’s own session signs it out', async () => {
    fakeApi({
      'GET /session': () => ({ data: signedIn() }),
      'GET /workspace/sessions': () => ({ data: [here] }),
      'DELETE /workspace/sessions/s-here': () => ({ data: { ended: 's-here' } }),
    });
    show();
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out here (Chrome on Linux)' }));
    expect(await screen.findByText('sign-in page')).toBeVisible();
  });

  it('sets up two-factor: QR code and the secret to copy, a refused code said at the field, then on', async () => {
    let member = ownerMember;
    fakeApi({
      'GET /session': () => ({ data: signedIn(member) }),
      'GET /workspace/sessions': () => ({ data: [here] }),
      'POST /workspace/me/two-factor/setup': () => ({
        data: { secret: 'JBSWY3DPEHPK3PXP', otpauth_url: 'otpauth://totp/Open%20Money:ada@example.com?secret=JBSWY3DPEHPK3PXP' },
      }),
      'POST /workspace/me/two-factor/confirm': (call) => {
        const body = call.body;
        if (typeof body === 'object' && body !== null && 'code' in body && body.code === '123456') {
          member = { ...ownerMember, two_factor: true };
          return { data: member };
        }
        return { status: 400, error: ['VALIDATION_ERROR', 'code: is not the code your app shows now'] };
      },
    });
    show();
    const section = await screen.findByRole('region', { name: 'Two-factor authentication' });
    const user = userEvent.setup();
    expect(within(section).getByText('Off.')).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Set up two-factor' }));
    expect(await within(section).findByRole('img', { name: /QR code/ })).toBeVisible();
    expect(within(section).getByTestId('two-factor-secret')).toHaveTextContent('JBSWY3DPEHPK3PXP');
    expect(within(section).getByRole('button', { name: 'Copy two-factor key' })).toBeVisible();
    const code = within(section).getByLabelText('Then enter the code the app shows');
    await user.type(code, '111111');
    await user.click(within(section).getByRole('button', { name: 'Turn on two-factor' }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(/This code was not accepted/));
    expect(code).toHaveFocus();
    await user.clear(code);
    await user.type(code, '123456');
    await user.click(within(section).getByRole('button', { name: 'Turn on two-factor' }));
    expect(await within(section).findByText('On.')).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Turn off two-factor' })).toBeVisible();
  });

  it('cannot turn two-factor off while the owner requires it, and says why', async () => {
    fakeApi({
      'GET /session': () => ({ data: signedIn({ two_factor: true }) }),
      'GET /workspace/sessions': () => ({ data: [here] }),
      'POST /workspace/me/two-factor/disable': () => ({ status: 409, error: ['CONFLICT', 'the workspace requires two-factor'] }),
    });
    show();
    const section = await screen.findByRole('region', { name: 'Two-factor authentication' });
    await userEvent.type(within(section).getByLabelText('Code from your authenticator app'), '123456');
    await userEvent.click(within(section).getByRole('button', { name: 'Turn off two-factor' }));
    expect(
      await within(section).findByText('The workspace owner requires two-factor for everyone, so it cannot be turned off.'),
    ).toBeVisible();
  });

  it('while the owner requires two-factor, explains why and offers only its set-up', async () => {
    const { calls } = fakeApi({
      'GET /session': () => ({ data: signedIn({ role: 'support' }, { two_factor_enrolment_required: true }) }),
    });
    show();
    expect(await screen.findByRole('alert')).toHaveTextContent('Set up two-factor authentication to continue');
    expect(screen.getByRole('button', { name: 'Set up two-factor' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Where you are signed in' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Password' })).toBeNull();
    expect(calls.map((c) => c.url)).toEqual(['/session']);
  });

  it('a wrong current password is said at its field; a new one is checked for length first', async () => {
    fakeApi({
      'GET /session': () => ({ data: signedIn() }),
      'GET /workspace/sessions': () => ({ data: [here] }),
      'POST /workspace/me/password': () => ({
        status: 400,
        error: ['VALIDATION_ERROR', 'current: is not your current password'],
      }),
    });
    show();
    const form = await screen.findByRole('region', { name: 'Password' });
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('Current password'), 'guess');
    await user.type(within(form).getByLabelText('New password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(within(form).getByLabelText('New password')).toHaveFocus();
    await user.type(within(form).getByLabelText('New password'), ' but now long');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByText('This is not your current password.')).toBeVisible();
    await waitFor(() => expect(within(form).getByLabelText('Current password')).toHaveFocus());
  });
});
