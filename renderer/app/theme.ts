import { createTheme, Select } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily: 'Arimo, Arial, "Liberation Sans", "Segoe UI", sans-serif',
  headings: { fontFamily: 'Arimo, Arial, "Liberation Sans", "Segoe UI", sans-serif' },
  components: {
    // Clicking the chosen option again must not empty a field; `clearable` is the way to empty one.
    Select: Select.extend({ defaultProps: { allowDeselect: false } }),
  },
});
