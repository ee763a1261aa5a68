import { Badge, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useServices } from '../../kit/servicesContext';
import { ErrorBoundary } from './ErrorBoundary';
import { rendererErrorReport, reportRendererError } from '../../api/errorReport';

/**
 * A boundary around a small part of the frame (a header widget): when it breaks, it shrinks
 * to a mark that tries again on click, and the screens around it go on.
 */
export function WidgetBoundary({ name, children }: { name: string; children: ReactNode }) {
  const { api } = useServices();
  return (
    <ErrorBoundary
      onError={(caught) =>
        void reportRendererError(
          api,
          rendererErrorReport('render', caught.thrown, {
            screen: name,
            componentStack: caught.componentStack,
          }),
        )
      }
      fallback={(_caught, reset) => (
        <UnstyledButton onClick={reset} aria-label="Coba tampilkan lagi">
          <Badge color="red" variant="light">
            Tidak dapat ditampilkan
          </Badge>
        </UnstyledButton>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
