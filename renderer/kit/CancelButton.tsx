import { Button, type ButtonProps } from '@mantine/core';

/**
 * A form's Batal. Pressing it does not take focus from the field being typed in: leaving the
 * field would check it and show its error, the button would move down under the pointer and
 * the click would be lost. The keyboard still reaches it with Tab.
 */
export function CancelButton({
  onClick,
  children = 'Batal',
  ...props
}: ButtonProps & { onClick: () => void }) {
  return (
    <Button variant="default" {...props} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {children}
    </Button>
  );
}
