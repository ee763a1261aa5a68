import {
  Alert,
  Button,
  Group,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FormErrors } from '@mantine/form';
import {
  APPROVAL_LABELS,
  APPROVALS,
  approvalSchema,
  considerationSchema,
  RECOMMENDATION_LABELS,
  RECOMMENDATIONS,
  UAT_RESULT_LABELS,
} from '../../../shared/security/schema';
import type { StaffRole } from '../../../shared/office/roles';
import { useServices } from '../../kit/servicesContext';
import type { WriteContext } from '../../db/repository';
import type { PersonRow, UatRow } from '../../db/rows';
import { KASUBAG_ROLES, nameOf, PIMPINAN_ROLES, tanggalLabel } from './securityLabels';
import { approveUat, considerUat } from './securityStore';
import { UAT_DECIDERS } from './uatAuthority';
import {
  ActingSigner,
  NO_ROLES_EVENTS,
  permissionForRoles,
  readStepAuthority,
  type RolesEventReporter,
} from '../delegations/public';
import { readCurrentUser } from '../people/public';
import { schemaErrors, useRecordForm, useToday } from './useRecordForm';
import { FormFooter } from '../../kit/FormFooter';
import { DraftRestoredNotice } from '../../kit/DraftRestoredNotice';
import { TanggalInput } from '../../kit/TanggalInput';

export type UatDecisionKind = 'pertimbangan' | 'persetujuan';

type DecisionValues = {
  personId: string | null;
  tanggal: string;
  pilihan: string;
  catatan: string;
};

interface DecisionConfig {
  title: string;
  roles: readonly StaffRole[];
  fallbackNote: string;
  personLabel: string;
  choiceLabel: string;
  choices: { value: string; label: string }[];
  validate: (v: DecisionValues, today: string) => FormErrors;
  save: (
    write: WriteContext,
    uatId: string,
    v: DecisionValues,
    report: RolesEventReporter,
  ) => Promise<void>;
  button: string;
  saved: string;
}

const pick = <T extends string>(list: readonly T[], value: string): T => {
  const found = list.find((x) => x === value);
  if (!found) throw new Error('Pilih salah satu pilihan.');
  return found;
};

const CONFIG: Record<UatDecisionKind, DecisionConfig> = {
  pertimbangan: {
    title: 'Beri pertimbangan Kasubag',
    roles: KASUBAG_ROLES,
    fallbackNote: 'Belum ada pegawai berperan Kasubag PTIP; semua pegawai ditampilkan.',
    personLabel: 'Pemberi pertimbangan',
    choiceLabel: 'Rekomendasi',
    choices: RECOMMENDATIONS.map((r) => ({ value: r, label: RECOMMENDATION_LABELS[r] })),
    validate: ({ pilihan, ...v }, today) => {
      // Who gives it is the signed-in person, decided by the store, not a field.
      const {
        rekomendasi,
        personId: _who,
        ...errors
      } = schemaErrors(considerationSchema(today), {
        ...v,
        personId: v.personId ?? '',
        rekomendasi: pilihan,
      });
      return rekomendasi ? { ...errors, pilihan: rekomendasi } : errors;
    },
    save: (write, id, { pilihan, ...v }, report) =>
      considerUat(
        write,
        id,
        { ...v, personId: v.personId ?? '', rekomendasi: pick(RECOMMENDATIONS, pilihan) },
        report,
      ),
    button: 'Simpan Pertimbangan',
    saved: 'Pertimbangan Kasubag tercatat; menunggu persetujuan pimpinan.',
  },
  persetujuan: {
    title: 'Beri persetujuan pimpinan',
    roles: PIMPINAN_ROLES,
    fallbackNote:
      'Belum ada pegawai berperan Sekretaris/Wakil Ketua/Ketua; semua pegawai ditampilkan.',
    personLabel: 'Pemberi persetujuan',
    choiceLabel: 'Keputusan',
    choices: APPROVALS.map((a) => ({ value: a, label: APPROVAL_LABELS[a] })),
    validate: ({ pilihan, ...v }, today) => {
      const {
        keputusan,
        personId: _who,
        ...errors
      } = schemaErrors(approvalSchema(today), {
        ...v,
        personId: v.personId ?? '',
        keputusan: pilihan,
      });
      return keputusan ? { ...errors, pilihan: keputusan } : errors;
    },
    save: (write, id, { pilihan, ...v }, report) =>
      approveUat(
        write,
        id,
        { ...v, personId: v.personId ?? '', keputusan: pick(APPROVALS, pilihan) },
        report,
      ),
    button: 'Simpan Keputusan',
    saved: 'Keputusan pimpinan tercatat.',
  },
};

interface Props {
  uat: UatRow;
  kind: UatDecisionKind;
  people: PersonRow[];
  onClose: () => void;
}

/** The Kasubag's consideration or leadership's approval of one UAT, in a small modal. */
export function UatDecisionModal({ uat, kind, people, onClose }: Props) {
  const { db, write, rolesEvents } = useServices();
  const config = CONFIG[kind];
  const today = useToday();
  const who = useLiveQuery(async () => {
    const authority = await readStepAuthority(db);
    const me = await readCurrentUser(db);
    return permissionForRoles(authority, UAT_DECIDERS[kind], me, write.now());
  }, [db, kind]);
  const { form, error, saving, onSubmit, restoredDraft, startOver, cancel } =
    useRecordForm<DecisionValues>({
      draftKey: `security:uat:${uat.id}:${kind}`,
      initialValues: {
        personId: null,
        tanggal: today,
        pilihan: '',
        catatan: '',
      },
      validate: config.validate,
      save: (v) => config.save(write, uat.id, v, rolesEvents ?? NO_ROLES_EVENTS),
      saved: config.saved,
      onSaved: onClose,
    });

  return (
    <Modal
      opened
      onClose={() => cancel(onClose)}
      title={`${config.title}: ${uat.aplikasi}`}
      size="lg"
    >
      {who?.kind === 'refused' ? (
        <Stack gap="sm">
          <Alert color="yellow" title="Keputusan ini bukan bagian Anda">
            {who.message}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Tutup
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <DraftRestoredNotice shown={restoredDraft} onDiscard={startOver} />
            <Text size="sm">
              Diuji {tanggalLabel(uat.tanggal)} oleh {nameOf(people, uat.petugasId)}:{' '}
              <b>{UAT_RESULT_LABELS[uat.hasil]}</b>
              {uat.catatan ? ` — ${uat.catatan}` : ''}
            </Text>
            {kind === 'persetujuan' && uat.pertimbangan && (
              <Text size="sm">
                Pertimbangan Kasubag ({nameOf(people, uat.pertimbangan.personId)},{' '}
                {tanggalLabel(uat.pertimbangan.tanggal)}):{' '}
                <b>{RECOMMENDATION_LABELS[uat.pertimbangan.rekomendasi]}</b>
                {uat.pertimbangan.catatan ? ` — ${uat.pertimbangan.catatan}` : ''}
              </Text>
            )}
            <SimpleGrid cols={2}>
              {who ? <ActingSigner permission={who} /> : <div />}
              <TanggalInput
                label="Tanggal"
                withAsterisk
                maxDate={today}
                {...form.getInputProps('tanggal')}
              />
            </SimpleGrid>
            <Radio.Group label={config.choiceLabel} withAsterisk {...form.getInputProps('pilihan')}>
              <Group mt={6}>
                {config.choices.map((c, i) => (
                  <Radio
                    key={c.value}
                    value={c.value}
                    label={c.label}
                    data-autofocus={i === 0 || undefined}
                  />
                ))}
              </Group>
            </Radio.Group>
            <Textarea label="Catatan" autosize minRows={2} {...form.getInputProps('catatan')} />
            <FormFooter
              error={error}
              saving={saving}
              onCancel={() => cancel(onClose)}
              submitLabel={config.button}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
