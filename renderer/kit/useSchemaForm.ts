import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';
import { useSaving } from './useSaving';

/** The schema's Indonesian messages by field. */
export function schemaErrors(schema: z.ZodType, values: unknown): FormErrors {
  return zod4Resolver(schema)(values as Record<string, unknown>);
}

interface Options<V> {
  initialValues: V;
  validate: (values: V) => FormErrors;
  save: (values: V) => Promise<unknown>;
  /** The green notification after saving. */
  saved: string;
  /** The values to continue with after saving (a fresh form by default). */
  next?: (values: V) => V;
  onSaved?: () => void;
}

/**
 * A record form (Kebijakan TI, Konten Website, Pemeliharaan Website): checked on blur and on submit with the same zod schema
 * the write path uses; values stay in place when the check or the save fails.
 */
export function useSchemaForm<V extends Record<string, unknown>>(options: Options<V>) {
  const { initialValues, validate, save, saved, next, onSaved } = options;
  const form = useForm<V>({ initialValues, validate, validateInputOnBlur: true });
  const { saving, error, setError, run } = useSaving();
  const onSubmit = form.onSubmit(
    (values) =>
      run(async () => {
        await save(values);
        form.setValues(next ? next(values) : initialValues);
        form.clearErrors();
        notifications.show({ color: 'green', message: saved });
        onSaved?.();
      }),
    () => setError('Periksa kembali isian yang ditandai merah.'),
  );
  return { form, error, saving, onSubmit };
}
