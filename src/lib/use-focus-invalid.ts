import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After a refused submit, moves the focus to the form's first field marked invalid, so a keyboard or
 * screen-reader user lands on what needs fixing (its error is linked to it by aria-describedby).
 */
export function useFocusInvalid() {
  const form = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const focusInvalid = useCallback(() => setRefusals((n) => n + 1), []);
  return { form, focusInvalid };
}
