import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RadioGroup } from './radio-group';

function Months() {
  const [value, setValue] = useState(3);
  return (
    <RadioGroup
      legend="Duration"
      name="months"
      value={value}
      onChange={setValue}
      options={[3, 6, 12].map((m) => ({ value: m, label: `${m} months` }))}
      error={value === 12 ? 'Twelve is too many' : undefined}
    />
  );
}

describe('RadioGroup', () => {
  it('is a named group of radios that the arrow keys move through, with its error shown', async () => {
    render(<Months />);
    const group = screen.getByRole('group', { name: 'Duration' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '3 months' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: '3 months' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '6 months' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '6 months' })).toHaveFocus();
    expect(screen.queryByText('Twelve is too many')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('12 months'));
    expect(screen.getByRole('radio', { name: '12 months' })).toBeChecked();
    expect(group).toHaveAccessibleDescription('Twelve is too many');
  });
});
