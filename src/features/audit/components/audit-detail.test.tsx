import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { AuditDetail } from './audit-detail';

describe('AuditDetail', () => {
  it('names every order one wallet transaction paid, each linked', () => {
    renderWithApp(<AuditDetail detail={{ kind: 'order', amount_nano: '1254000000', messages: 3, order_ids: '7,8,9' }} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Order payment',
      '1.254 TON',
      '3 wallet messages',
      '3 orders: #7, #8, #9',
    ]);
    expect(
      within(items[3] as HTMLElement)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/orders/7', '/orders/8', '/orders/9']);
  });

  it('links a bulk job and says its file, rows and how it pays', () => {
    const job = '6f1c0d2e-9a8b-4c7d-8e6f-1a2b3c4d5e6f';
    renderWithApp(<AuditDetail detail={{ job_id: job, rows: 30, payment_method: 'balance', file_name: 'giveaway.csv' }} />);
    expect(screen.getByRole('link', { name: 'Open the bulk job' })).toHaveAttribute('href', `/orders/bulk/${job}`);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Open the bulk job',
      '30 rows',
      'Paid from the balance',
      'File: giveaway.csv',
    ]);
  });
});
