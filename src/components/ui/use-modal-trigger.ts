import { useEffect, useRef, useState } from 'react';

/**
 * Open state for a modal rendered only while open (loaded on demand, so not through a Radix trigger), with the
 * focus given back to the button that opened it once the modal is gone — while mounted, its focus trap keeps it.
 */
export function useModalTrigger() {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, setOpen, trigger };
}
