import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';

/**
 * A header widget that is not needed for the first paint: its code loads once the app has hydrated, so it
 * stays out of the first load's JavaScript (the server render and the hydrating render both show nothing).
 */
export function afterHydration(load: () => Promise<{ default: ComponentType }>) {
  const Widget = lazy(load);
  return function AfterHydration() {
    const [mounted, setMounted] = useState(false);
    useEffect(() => setMounted(true), []);
    if (!mounted) return null;
    return (
      <Suspense fallback={null}>
        <Widget />
      </Suspense>
    );
  };
}
