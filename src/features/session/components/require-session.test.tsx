import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderWithApp } from '@/test/render';
import { sessionOf, signedIn } from '@/test/workspace';
import { RequireSession } from './require-session';

afterEach(() => vi.unstubAllGlobals());

function Where() {
  const location = useLocation();
  return <p>at {location.pathname + location.search}</p>;
}

function show(path: string) {
  return renderWithApp(
    <Routes>
      <Route path="/sign-in" element={<Where />} />
      <Route
        path="*"
        element={
          <RequireSession>
            <Where />
          </RequireSession>
        }
      />
    </Routes>,
    { path, route: '*' },
  );
}

describe('RequireSession', () => {
  it('sends a signed-out browser to sign-in, remembering where it was', async () => {
    fakeApi({ 'GET /session': () => ({ data: sessionOf() }) });
    show('/stats?days=30');
    expect(await screen.findByText('at /sign-in?next=%2Fstats%3Fdays%3D30')).toBeVisible();
  });

  it('keeps a member who must set up two-factor on the account page', async () => {
    fakeApi({ 'GET /session': () => ({ data: signedIn({}, { two_factor_enrolment_required: true }) }) });
    show('/orders');
    expect(await screen.findByText('at /account')).toBeVisible();
  });

  it('lets a signed-in member through', async () => {
    fakeApi({ 'GET /session': () => ({ data: signedIn() }) });
    show('/balance');
    expect(await screen.findByText('at /balance')).toBeVisible();
  });
});
