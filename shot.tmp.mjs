import { chromium } from '@playwright/test';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
const base = 'http://127.0.0.1:3200';
await page.request.post(base + '/api/v1/orders/stars', {
  headers: { Authorization: 'Bearer osk_shot_key_00000000' },
  data: { recipient_username: 'pandus', quantity: 100, client_reference: 'invoice-42' },
});
await page.goto(base + '/sign-in');
await page.screenshot({ path: '/tmp/shot-signin.png' });
await page.getByRole('button', { name: 'Continue as the demo partner' }).click();
await page.getByRole('heading', { name: 'Orders' }).waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/shot-orders.png' });
await page.goto(base + '/orders/new');
await page.getByLabel('Recipient').fill('@durov');
await page.waitForTimeout(1200);
await page.screenshot({ path: '/tmp/shot-new.png', fullPage: true });
await page.goto(base + '/orders/1');
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/shot-order.png', fullPage: true });
await browser.close();
