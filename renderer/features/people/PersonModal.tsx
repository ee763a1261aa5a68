import { Modal, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { formatNip } from '../../../shared/format/nip';
import { personSchema } from '../../../shared/office/person';
import { FormFooter } from '../../kit/FormFooter';
import { DraftRestoredNotice } from '../../kit/DraftRestoredNotice';
import { useDraft } from '../../kit/drafts';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import type { PersonRow } from '../../db/rows';
import { EMPTY_PERSON, PersonFields, type PersonFormValues } from './PersonFields';
import { isActiveAdministrator, lastAdministratorProblem } from './administrators';
import { findNipHolder, listPeople, savePerson } from './peopleStore';
import { pinProblem } from '../../../shared/signin/pinPolicy';
import { randomBytes, webCryptoDerive } from '../../kit/webCrypto';
import { setPin } from './personPin';

interface Props {
  person: PersonRow | null;
  units: { value: string; label: string }[];
  onClose: () => void;
}

function valuesOf(person: PersonRow | null): PersonFormValues {
  if (!person) return EMPTY_PERSON;
  const { nama, nip, jabatan, unitId, roles, aktif } = person;
  return { nama, nip: formatNip(nip), jabatan, unitId, roles, aktif };
}

/** Adds or edits a staff member; what is typed survives a failed save or a closed app. */
export function PersonModal({ person, units, onClose }: Props) {
  const { db, write, audit } = useServices();
  const draftKey = `person:${person?.id ?? 'baru'}`;
  const form = useForm<PersonFormValues>({
    initialValues: valuesOf(person),
    validate: (values) => zod4Resolver(personSchema(write.now()))(values),
    validateInputOnBlur: true,
  });
  const draft = useDraft(db, draftKey, form.values, (values) => form.setValues(values));
  const { saving, error: saveError, run } = useSaving();
  // A new colleague's first PIN, or an administrator's reset of a forgotten one; never in the
  // draft. The colleague signs in with it at once.
  const [initialPin, setInitialPin] = useState('');
  const initialPinProblem = initialPin ? pinProblem(initialPin) : null;

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const nip = personSchema(write.now()).shape.nip.parse(values.nip);
      const holder = await findNipHolder(db, nip, person?.id ?? null);
      if (holder) {
        form.setFieldError('nip', `NIP ini sudah dipakai oleh ${holder.nama}.`);
        return;
      }
      if (initialPinProblem) return;
      if (!(await isActiveAdministrator(db, write.actor()))) {
        throw new Error('Hanya administrator yang dapat menambah atau mengubah data pegawai.');
      }
      if (person) {
        const lastAdmin = lastAdministratorProblem(await listPeople(db), person.id, values);
        if (lastAdmin) {
          form.setFieldError('roles', lastAdmin);
          return;
        }
      }
      const id = await savePerson(write, person?.id ?? null, values);
      if (initialPin) {
        const set = await setPin(write, webCryptoDerive, randomBytes, id, initialPin);
        if (!set.ok) throw new Error(set.error);
        if (person) await audit?.({ kind: 'pin.reset', table: 'people', recordId: id });
      }
      await draft.discard();
      notifications.show({ color: 'green', message: `Data ${values.nama.trim()} tersimpan.` });
      onClose();
    });
  });

  const cancel = () => {
    void draft.discard().then(onClose);
  };

  return (
    <Modal
      opened
      onClose={cancel}
      title={person ? 'Ubah Data Pegawai' : 'Tambah Pegawai'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <DraftRestoredNotice
            shown={draft.fromDraft}
            onDiscard={() => {
              form.clearErrors();
              void draft.startOver(valuesOf(person));
            }}
          />
          <PersonFields form={form} units={units} />
          <PasswordInput
            label={person ? 'PIN baru' : 'PIN awal'}
            description={
              person
                ? 'Isi hanya untuk mengganti PIN yang terlupa; kosongkan bila PIN tetap.'
                : 'Boleh dikosongkan; administrator dapat mengaturnya nanti.'
            }
            value={initialPin}
            onChange={(e) => setInitialPin(e.currentTarget.value)}
            error={initialPinProblem}
            autoComplete="new-password"
          />
          <FormFooter error={saveError} saving={saving} onCancel={cancel} />
        </Stack>
      </form>
    </Modal>
  );
}
