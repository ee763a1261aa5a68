import { useRef } from 'react';
import { Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  contentInputSchema,
  JENIS_KONTEN,
  JENIS_KONTEN_LABELS,
  type JenisKonten,
} from '../../../shared/content/schema';
import type { AttachmentRef } from '../../../shared/attachments/schema';
import { useServices } from '../../kit/servicesContext';
import { AttachmentField } from '../attachments/public';
import { FormFrame } from '../../kit/FormFrame';
import { startContent } from './contentSteps';
import { schemaErrors, useSchemaForm } from '../../kit/useSchemaForm';

type Values = {
  judul: string;
  jenis: JenisKonten | '';
  sumber: string;
  ringkasan: string;
  perluPerhatianKhusus: boolean;
  lampiran: AttachmentRef[];
};

const EMPTY: Values = {
  judul: '',
  jenis: '',
  sumber: '',
  ringkasan: '',
  perluPerhatianKhusus: false,
  lampiran: [],
};

const toInput = (v: Values) => ({ ...v, jenis: v.jenis === '' ? null : v.jenis });

/** A new content item, started on the office's active procedure E. */
export function ContentItemForm(props: { onCancel: () => void; onSaved: (id: string) => void }) {
  const { write } = useServices();
  const created = useRef('');
  const { form, error, saving, onSubmit } = useSchemaForm<Values>({
    initialValues: EMPTY,
    validate: (v) => schemaErrors(contentInputSchema, toInput(v)),
    save: async (v) => {
      created.current = await startContent(write, contentInputSchema.parse(toInput(v)));
    },
    saved: 'Konten baru dicatat.',
    onSaved: () => props.onSaved(created.current),
  });
  return (
    <FormFrame
      title="Konten baru"
      onSubmit={onSubmit}
      error={error}
      saving={saving}
      submitLabel="Mulai"
      onCancel={props.onCancel}
    >
      <SimpleGrid cols={2}>
        <TextInput label="Judul" withAsterisk {...form.getInputProps('judul')} />
        <Select
          label="Jenis"
          withAsterisk
          data={JENIS_KONTEN.map((j) => ({ value: j, label: JENIS_KONTEN_LABELS[j] }))}
          {...form.getInputProps('jenis')}
        />
        <TextInput
          label="Sumber/asal unit"
          withAsterisk
          placeholder="mis. Kepaniteraan, laporan kegiatan"
          {...form.getInputProps('sumber')}
        />
        <Checkbox
          mt="lg"
          label="Memerlukan perhatian khusus (disampaikan ke Pimpinan)"
          {...form.getInputProps('perluPerhatianKhusus', { type: 'checkbox' })}
        />
      </SimpleGrid>
      <Textarea
        label="Ringkasan/isi konsep"
        autosize
        minRows={2}
        {...form.getInputProps('ringkasan')}
      />
      <AttachmentField
        label="Lampiran (foto, dokumen sumber)"
        value={form.values.lampiran}
        onChange={(next) => form.setFieldValue('lampiran', next)}
      />
    </FormFrame>
  );
}
