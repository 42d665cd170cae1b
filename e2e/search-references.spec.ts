import { expect, test, uniqueRef } from './fixtures';

test('references with slashes, spaces, %, ?, # or unicode are found as typed, in the browser and in the server render', async ({
  signedIn: page,
  api,
}) => {
  const tag = uniqueRef('ref');
  const references = [`${tag}/a b`, `${tag} 50%?x=1#y`, `${tag}-ünïcödé 請求書`, ` ${tag}-padded `, `${tag}/../x`];
  const orders = [];
  for (const reference of references) orders.push(await api.createStars({ client_reference: reference }));
  const search = page.getByRole('searchbox', { name: 'Find an order' });
  for (const [i, reference] of references.entries()) {
    await search.fill(reference);
    await search.press('Enter');
    await expect(page.getByTestId('order-row')).toHaveCount(1);
    await expect(page.getByRole('link', { name: `#${orders[i]?.id}`, exact: true })).toBeVisible();
    await expect(search).toHaveValue(reference);
  }
  // The server's first render runs the same lookup through its own transport.
  await page.goto(`/orders?q=${encodeURIComponent(references[0] ?? '')}`);
  await expect(page.getByRole('link', { name: `#${orders[0]?.id}`, exact: true })).toBeVisible();
});

test('surrounding spaces are kept when a reference has them, and trimmed only when nothing matches', async ({
  signedIn: page,
  api,
}) => {
  const reference = uniqueRef('inv');
  const order = await api.createStars({ client_reference: reference });
  const search = page.getByRole('searchbox', { name: 'Find an order' });
  await search.fill(`  ${reference} `);
  await search.press('Enter');
  await expect(page.getByRole('link', { name: `#${order.id}`, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=(\+|%20){2}/);
  await expect(search).toHaveValue(`  ${reference} `);
});

test('the references "." and ".." are found too, though no URL path can carry them', async ({ signedIn: page, api }) => {
  const search = page.getByRole('searchbox', { name: 'Find an order' });
  for (const reference of ['.', '..']) {
    const order = await api.createStars({ client_reference: reference });
    await search.fill(reference);
    await search.press('Enter');
    await expect(page.getByRole('link', { name: `#${order.id}`, exact: true })).toBeVisible();
    await expect(page.getByTestId('order-row')).toHaveCount(1);
  }
});
