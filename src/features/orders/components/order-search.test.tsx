import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TestPreferences } from '@/test/i18n';
import { OrderSearch } from './order-search';

describe('OrderSearch', () => {
  it('sends what was typed, surrounding spaces included; a blank box clears the search', async () => {
    const onSearch = vi.fn();
    render(
      <TestPreferences>
        <OrderSearch value={undefined} onSearch={onSearch} />
      </TestPreferences>,
    );
    const user = userEvent.setup();
    const box = screen.getByRole('searchbox', { name: 'Find an order' });
    await user.type(box, '  inv 7 ');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSearch).toHaveBeenLastCalledWith('  inv 7 ');
    expect(box).toHaveValue('  inv 7 ');
    await user.clear(box);
    await user.type(box, '   {Enter}');
    expect(onSearch).toHaveBeenLastCalledWith(undefined);
  });
});
