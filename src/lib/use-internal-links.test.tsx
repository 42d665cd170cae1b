import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useInternalLinks } from './use-internal-links';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function Links() {
  const follow = useInternalLinks();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: test double of a table whose links are delegated
    // biome-ignore lint/a11y/useKeyWithClickEvents: as above
    <div onClick={follow}>
      <a href="/orders/7?tab=pay">
        <span>#7</span>
      </a>
      <a href="https://explorer.example/tx/abc">explorer</a>
      <a href="/orders/8" target="_blank" rel="noreferrer">
        new tab
      </a>
    </div>
  );
}

function setup() {
  render(
    <MemoryRouter initialEntries={['/orders']}>
      <Routes>
        <Route
          path="*"
          element={
            <>
              <Links />
              <Where />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
  return { where: () => screen.getByTestId('where').textContent };
}

describe('useInternalLinks', () => {
  it('turns a plain click on an inner link (or on its content) into an in-app navigation', () => {
    const { where } = setup();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    act(() => {
      screen.getByText('#7').dispatchEvent(click);
    });
    expect(click.defaultPrevented).toBe(true);
    expect(where()).toBe('/orders/7?tab=pay');
  });

  it('leaves modified clicks, other origins and target=_blank to the browser', () => {
    const { where } = setup();
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(fireEvent.click(screen.getByText('#7'), init)).toBe(true); // true = default not prevented
    }
    expect(fireEvent.click(screen.getByText('explorer'))).toBe(true);
    expect(fireEvent.click(screen.getByText('new tab'))).toBe(true);
    expect(where()).toBe('/orders');
  });
});
