import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily: 'Arimo, Arial, "Liberation Sans", "Segoe UI", sans-serif',
  headings: { fontFamily: 'Arimo, Arial, "Liberation Sans", "Segoe UI", sans-serif' },
});
