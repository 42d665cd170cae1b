import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isDev } from '@/lib/env';
import { useT } from '@/lib/i18n/use-t';
import { ErrorPanel } from './error-panel';

interface Props {
  children: ReactNode;
  /** Changing this (e.g. the location) clears a caught error, so navigating away recovers. */
  resetKey?: string;
}

/** No page can go blank: a render error shows a panel with a way out instead. */
export class ErrorBoundary extends Component<Props, { error: unknown; key: string | undefined }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; key: string | undefined }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    if (isDev) console.warn('Render error', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <Crashed error={this.state.error} />;
  }
}

function Crashed({ error }: { error: unknown }) {
  const t = useT();
  return (
    <div className="mx-auto max-w-xl p-6">
      <ErrorPanel title={t('app.crash.title')} error={error} onRetry={() => window.location.reload()} />
      <a href="/orders" className="mt-4 inline-block underline">
        {t('app.crash.back')}
      </a>
    </div>
  );
}
