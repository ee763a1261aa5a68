import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/** A status in a table cell: sentence case, and never cut short when the column is narrow. */
export function Tag({
  color,
  variant = 'light',
  testId,
  children,
}: {
  color: string;
  variant?: 'light' | 'filled';
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Badge
      color={color}
      variant={variant}
      tt="none"
      size="md"
      miw="max-content"
      data-testid={testId}
    >
      {children}
    </Badge>
  );
}
