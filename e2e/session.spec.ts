import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_KEY, expect, expectAccessible, navigateInApp, signIn, signInWithPassword, signOut, test } from './fixtures';

test('signs in as the demo owner, sees orders, and the key is stored nowhere in the browser', async ({ page, api }) => {
  const order = await api.createStars({ client_reference: 'e2e-session' });
  await page.goto('/orders');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Forders$/);
  await expect(page.getByRole('region', { name: 'Sandbox mode' })).toBeVisible();
  await expectAccessible(page);
  await signIn(page);
  await expectAccessible(page);
  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.getByRole('link', { name: `#${order.id}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Service OK' })).toBeVisible();

  const stored = await page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const idb: string[] = [];
    for (const info of databases) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
        });
        idb.push(JSON.stringify(all));
      }
      db.close();
    }
    return {
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookie: document.cookie,
      url: location.href,
      idb: idb.join('\n'),
      html: document.documentElement.outerHTML,
    };
  });
  for (const [where, text] of Object.entries(stored)) expect(text, where).not.toContain(DEMO_KEY);
  expect(stored.cookie, 'the session cookie is HttpOnly').not.toContain('om_session');
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'om_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  for (const cookie of cookies) expect(cookie.value).not.toContain(DEMO_KEY);

  const assets = join(process.cwd(), 'dist', 'assets');
  const bundles = readdirSync(assets).filter((f) => f.endsWith('.js'));
  expect(bundles.length).toBeGreaterThan(0);
  for (const file of bundles) expect(readFileSync(join(assets, file), 'utf8')).not.toContain(DEMO_KEY);
});

test('signing out returns to sign-in and the session is gone', async ({ signedIn: page }) => {
  await signOut(page, 'Demo owner');
  await page.goto('/orders');
  await expect(page).toHaveURL(/\/sign-in/);
  const status = await page.evaluate(async () => (await fetch('/api/v1/balance')).status);
  expect(status).toBe(401);
});

test('a wrong password gets a clear message and no session; a malformed email is said at the field', async ({ page, api }) => {
  await api.ensureWorkspace();
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByLabel('Email')).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription('Enter an email address, like name@example.com.');
  await signInWithPassword(page, 'nobody@example.com', 'not the password');
  await expect(page.getByRole('alert')).toHaveText('Email or password is wrong.');
  expect((await page.context().cookies()).find((c) => c.name === 'om_session')).toBeUndefined();
});

test('the demo owner button, marked sandbox-only, signs in without typing anything', async ({ page }) => {
  await page.goto('/sign-in');
  const sandbox = page.getByRole('region', { name: 'Sandbox mode' });
  await sandbox.getByRole('button', { name: 'Continue as the demo owner (sandbox only)' }).click();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Demo owner\s*Owner/ })).toBeVisible();
});

test('a 401 anywhere (session ended elsewhere) sends the browser back to sign-in', async ({ signedIn: page }) => {
  // End the session behind the page's back, as an expiry or a sign-out in another tab would.
  const ended = await page.request.delete('/session', { headers: { Origin: new URL(page.url()).origin } });
  expect(ended.status()).toBe(200);
  await navigateInApp(page, '/stats');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel('Email')).toBeVisible();
});
