import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';
import { toIsoDate } from '../../../shared/format/date';
import { useDraft } from '../../kit/drafts';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';

/** Today on the app's clock, as the date inputs hold it. */
export function useToday(): string {
  const { write } = useServices();
  return toIsoDate(write.now());
}

/** The schema's Indonesian messages by field. */
export function schemaErrors(schema: z.ZodType, values: Record<string, unknown>): FormErrors {
  return zod4Resolver(schema)(values);
}

interface Options<V> {
  draftKey: string;
  initialValues: V;
  /** `today` is read from the app's clock at each check, so a form left open overnight is right. */
  validate: (values: V, today: string) => FormErrors;
  save: (values: V) => Promise<unknown>;
  /** The green notification after saving. */
  saved: string;
  /** The values to continue with after saving (a fresh form by default). */
  next?: (values: V) => V;
  onSaved?: () => void;
}

/**
 * A record form of the Pengamanan screen: checked on blur and on submit, kept as a draft,
 * values left in place when the check or the save fails.
 */
export function useRecordForm<V extends Record<string, unknown>>(options: Options<V>) {
  const { db, write } = useServices();
  const { draftKey, initialValues, validate, save, saved, next, onSaved } = options;
  const form = useForm<V>({
    initialValues,
    validate: (values) => validate(values, toIsoDate(write.now())),
    validateInputOnBlur: true,
  });
  const draft = useDraft(db, draftKey, form.values, (values) => form.setValues(values));
  const { saving, error, setError, run } = useSaving();

  const onSubmit = form.onSubmit(
    (values) =>
      run(async () => {
        await save(values);
        await draft.startOver(next ? next(values) : initialValues);
        form.clearErrors();
        notifications.show({ color: 'green', message: saved });
        onSaved?.();
      }),
    () => setError('Periksa kembali isian yang ditandai merah.'),
  );

  const startOver = () => {
    form.clearErrors();
    setError(null);
    void draft.startOver(initialValues);
  };
  /** Batal: the draft goes with the form. */
  const cancel = (close: () => void) => {
    void draft.discard().then(close);
  };
  return { form, error, saving, onSubmit, restoredDraft: draft.fromDraft, startOver, cancel };
}
