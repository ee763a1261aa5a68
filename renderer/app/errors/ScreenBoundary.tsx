import type { ReactNode } from 'react';
import { useServices } from '../../kit/servicesContext';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorScreen } from './ErrorScreen';
import { rendererErrorReport, reportRendererError } from '../../api/errorReport';

/**
 * A boundary around one screen (or, with `back` a reload, the whole app): what it catches
 * goes to main's log, and the screen says so with the way back.
 */
export function ScreenBoundary({
  screen,
  label,
  back,
  whole,
  children,
}: {
  /** An id for the log, such as 'unit'. */
  screen: string;
  /** The name the user knows it by, such as 'Unit Kerja'. */
  label: string;
  back: { label: string; onClick(): void } | null;
  whole?: boolean;
  children: ReactNode;
}) {
  const { api } = useServices();
  return (
    <ErrorBoundary
      onError={(caught) =>
        void reportRendererError(
          api,
          rendererErrorReport('render', caught.thrown, {
            screen,
            componentStack: caught.componentStack,
          }),
        )
      }
      fallback={(caught, reset) => (
        <ErrorScreen caught={caught} screen={label} onRetry={reset} back={back} whole={whole} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
