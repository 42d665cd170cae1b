import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { operator, owner, sessionOf, support } from '@/test/workspace-fixtures';
import { TeamPage } from './team-page';

afterEach(() => vi.unstubAllGlobals());

const key = { masked: 'osk_…a1b2', updated_at: '2026-04-10T08:00:00Z', updated_by: owner.id };
const invite = {
  id: 'inv-1',
  role: 'viewer',
  created_at: '2026-04-15T10:00:00Z',
  expires_at: '2026-04-22T10:00:00Z',
  created_by: owner.id,
};

function teamApi(overrides: Parameters<typeof fakeApi>[0] = {}, me = owner) {
  return fakeApi({
    'GET /session': () => ({ data: sessionOf(me) }),
    'GET /workspace/members': () => ({ data: [owner, operator, support] }),
    'GET /workspace/invites': () => ({ data: [invite] }),
    'GET /workspace/key': () => ({ data: key }),
    'GET /workspace/settings': () => ({ data: { two_factor_required: false } }),
    ...overrides,
  });
}

const show = () => renderWithApp(<TeamPage />, { path: '/team', route: '/team' });

describe('TeamPage', () => {
  it('lists people with their role, two-factor and last seen; the owner’s own row cannot be changed', async () => {
    teamApi();
    show();
    expect(screen.getByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    const rows = await screen.findAllByTestId('member-row');
    expect(rows).toHaveLength(3);
    const [me, op] = rows;
    if (!me || !op) throw new Error('rows missing');
    expect(me).toHaveTextContent('Olga Owner');
    expect(me).toHaveTextContent('you');
    expect(within(me).queryByRole('combobox')).toBeNull();
    expect(within(me).queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(within(op).getByRole('combobox', { name: 'Role of Oskar Operator' })).toHaveValue('operator');
    expect(op).toHaveTextContent('oskar@example.com');
    expect(op).toHaveTextContent('Never');
    expect(within(me).getByText('2026-04-16 12:00')).toBeInTheDocument();
  });

  it('changes a role at once and says why when the server refuses', async () => {
    const { calls } = teamApi({
      'PATCH /workspace/members/m-op': () => ({ data: { ...operator, role: 'viewer' } }),
      'PATCH /workspace/members/m-sup': () => ({ status: 403, error: ['FORBIDDEN', 'no'] }),
    });
    show();
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Oskar Operator' }), 'viewer');
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ role: 'viewer' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of Sara Support' }), 'operator');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role does not allow this action');
  });

  it('removes someone only after a confirmation that says what it does', async () => {
    let members = [owner, operator, support];
    const { calls } = teamApi({
      'GET /workspace/members': () => ({ data: members }),
      'DELETE /workspace/members/m-op': () => {
        members = members.filter((m) => m.id !== 'm-op');
        return { data: null };
      },
    });
    show();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove Oskar Operator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Oskar Operator?' });
    expect(dialog).toHaveTextContent('signed out at once');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/workspace/members/m-op']);
    expect(screen.queryByText('Oskar Operator')).toBeNull();
  });

  it('creates an invitation and shows its link once, with a copy button and its expiry', async () => {
    const token = 'T'.repeat(43);
    const { calls } = teamApi({
      'POST /workspace/invites': () => ({ data: { ...invite, id: 'inv-2', role: 'operator', token } }),
    });
    show();
    const user = userEvent.setup();
    const pending = await screen.findByRole('list', { name: 'Pending invitations' });
    expect(within(pending).getByTestId('invite-row')).toHaveTextContent('Viewer');
    expect(within(pending).getByTestId('invite-row')).toHaveTextContent('Invited by Olga Owner');
    await user.click(screen.getByRole('radio', { name: /Operator/ }));
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    const created = await screen.findByRole('region', { name: 'Invitation link for someone joining as Operator' });
    expect(created).toHaveFocus();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ role: 'operator' });
    expect(within(created).getByTestId('invite-link')).toHaveTextContent(`${window.location.origin}/join#${token}`);
    expect(within(created).getByRole('button', { name: 'Copy invitation link' })).toBeVisible();
    expect(created).toHaveTextContent('Expires 2026-04-22 10:00');
    await user.click(within(created).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText(token, { exact: false })).toBeNull();
  });

  it('revokes a pending invitation', async () => {
    const { calls } = teamApi({ 'DELETE /workspace/invites/inv-1': () => ({ data: null }) });
    show();
    await userEvent.click(await screen.findByRole('button', { name: /^Revoke the Viewer invitation/ }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url === '/workspace/invites/inv-1')).toBe(true));
  });

  it('shows the key masked with who changed it; a refused replacement is explained and changes nothing', async () => {
    const { calls } = teamApi({ 'PUT /workspace/key': () => ({ status: 401, error: ['UNAUTHORIZED', 'refused'] }) });
    show();
    const user = userEvent.setup();
    expect(await screen.findByTestId('masked-key')).toHaveTextContent('osk_…a1b2');
    expect(screen.getByRole('region', { name: 'Partner key' })).toHaveTextContent('2026-04-10 08:00 · Olga Owner');
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the partner key' });
    const field = within(dialog).getByLabelText('New partner key');
    await user.type(field, 'not-a-key');
    await user.click(within(dialog).getByRole('button', { name: 'Check and replace' }));
    expect(field).toHaveAccessibleDescription('A partner key looks like osk_… (the key from the bot).');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    await user.clear(field);
    await user.type(field, 'osk_new_key_123456');
    await user.click(within(dialog).getByRole('button', { name: 'Check and replace' }));
    expect(await within(dialog).findByText(/did not accept this key/)).toBeVisible();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ api_key: 'osk_new_key_123456' });
  });

  it('requires two-factor for everyone only once the owner has it, and explains a refusal', async () => {
    const { calls } = teamApi({
      'PUT /workspace/settings/two-factor': () => ({ status: 409, error: ['CONFLICT', 'owner first'] }),
    });
    show();
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: 'Require two-factor for everyone' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ required: true });
    expect(await screen.findByRole('alert')).toHaveTextContent('your own account has no two-factor yet');
    expect(screen.getByRole('link', { name: 'Set up two-factor for my account' })).toHaveAttribute('href', '/account');
  });

  it('does not offer the two-factor rule to an owner who has none', async () => {
    teamApi({}, { ...owner, two_factor: false });
    show();
    const box = await screen.findByRole('checkbox', { name: 'Require two-factor for everyone' });
    await vi.waitFor(() => expect(box).toBeDisabled());
    expect(box).toHaveAccessibleDescription(/Turn on two-factor for your own account first/);
  });
});
