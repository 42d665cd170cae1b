import { type ReactNode, Suspense, useEffect, useState } from 'react';

/**
 * Shows a lazily loaded header widget that is not needed for the first paint once the app has hydrated, so its
 * code stays out of the first load's JavaScript (the server render and the hydrating render both show nothing).
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  return <Suspense fallback={null}>{children}</Suspense>;
}
