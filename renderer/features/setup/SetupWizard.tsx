import {
  Alert,
  Button,
  Center,
  Container,
  Group,
  List,
  Paper,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { formatNip } from '../../../shared/format/nip';
import {
  kopContactLines,
  kopHeadingLines,
  officeSchema,
  type Office,
} from '../../../shared/office/office';
import { DEFAULT_UNITS, personSchema } from '../../../shared/office/person';
import { STAFF_ROLE_LABELS } from '../../../shared/office/roles';
import { clearDraft, readDraft, useDraft } from '../../kit/drafts';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import { EMPTY_OFFICE, OfficeFields } from '../office/public';
import { EMPTY_PERSON, PersonFields, type PersonFormValues } from '../people/public';
import { completeSetup, WIZARD_DRAFT_KEY } from './completeSetup';
import { NewPinFields, newPinProblem, newRecoveryCode, RecoveryCodeNotice } from '../signin/public';
import { randomBytes } from '../../kit/webCrypto';
import { RestorePanel } from '../backup/public';
import { JoinFromSetup } from './JoinFromSetup';
import { SopChoiceFields } from './SopChoiceFields';
import { SEED_SOP_DOCUMENTS } from '../../../shared/sop/catalog';
import { defaultSopChoices, type SopChoice } from '../../../shared/sop/officeChoice';
import { readSetupJoining, writeSetupJoining } from './joinSetup';

interface WizardDraft {
  step: number;
  office: Office;
  person: PersonFormValues;
}

const unitOptions = DEFAULT_UNITS.map((nama) => ({ value: nama, label: nama }));

/**
 * First run: set up a new office, or join the office's workspace that other PCs already
 * use (JoinFromSetup), before any office data is typed.
 */
export function SetupWizard() {
  const { db } = useServices();
  const joining = useLiveQuery(() => readSetupJoining(db), [db]);
  // A new office begun earlier (its draft kept) opens where it was left.
  const begun = useLiveQuery(
    async () => (await readDraft(db, WIZARD_DRAFT_KEY)) !== undefined,
    [db],
  );
  const [chosenNew, setChosenNew] = useState(false);
  const [restoring, setRestoring] = useState(false);
  if (joining === undefined || begun === undefined) return null;
  const fresh = chosenNew || begun;
  return (
    <Container size="md" py="xl">
      <Stack>
        <div>
          <Title order={1}>Selamat datang di Meja TI</Title>
          <Text c="dimmed">
            {joining
              ? 'Gabungkan PC ini ke ruang kerja kantor yang sudah dipakai PC lain.'
              : fresh
                ? 'Sebelum mulai, isi identitas kantor untuk kop surat dan data pegawai pertama yang memakai komputer ini.'
                : 'Pilih cara memulai di PC ini.'}
          </Text>
        </div>
        {joining ? (
          <JoinFromSetup onBack={() => void writeSetupJoining(db, false)} />
        ) : restoring ? (
          <Stack>
            <RestorePanel />
            <Group>
              <Button variant="default" onClick={() => setRestoring(false)}>
                Kembali
              </Button>
            </Group>
          </Stack>
        ) : fresh ? (
          <NewOfficeWizard
            onBack={() => {
              setChosenNew(false);
              void clearDraft(db, WIZARD_DRAFT_KEY);
            }}
          />
        ) : (
          <Group grow align="stretch">
            <Paper withBorder p="lg">
              <Stack h="100%" justify="space-between">
                <div>
                  <Title order={4}>Siapkan kantor baru</Title>
                  <Text size="sm" c="dimmed">
                    PC pertama kantor: isi identitas kantor dan pegawai pertama. PC lain dapat
                    bergabung kemudian.
                  </Text>
                </div>
                <Button onClick={() => setChosenNew(true)}>Siapkan kantor baru</Button>
              </Stack>
            </Paper>
            <Paper withBorder p="lg">
              <Stack h="100%" justify="space-between">
                <div>
                  <Title order={4}>Gabung ke kantor yang sudah ada</Title>
                  <Text size="sm" c="dimmed">
                    PC lain kantor ini sudah memakai Meja TI dengan folder bersama: data kantor dan
                    pegawai diambil dari sana.
                  </Text>
                </div>
                <Button variant="light" onClick={() => void writeSetupJoining(db, true)}>
                  Gabung ke kantor yang sudah ada
                </Button>
              </Stack>
            </Paper>
          </Group>
        )}
        {!joining && !restoring && !fresh && (
          <Paper withBorder p="lg">
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Title order={4}>Pindah dari PC lama</Title>
                <Text size="sm" c="dimmed">
                  Kantor tanpa folder bersama: pulihkan berkas Cadangan Meja TI yang dibuat di PC
                  lama (menu Tentang).
                </Text>
              </div>
              <Button variant="light" onClick={() => setRestoring(true)}>
                Pulihkan dari cadangan
              </Button>
            </Group>
          </Paper>
        )}
        <Center>
          <Text size="xs" c="dimmed">
            Semua data tersimpan di komputer ini dan di folder bersama kantor yang Anda pilih.
          </Text>
        </Center>
      </Stack>
    </Container>
  );
}

/** A new office: its identity, then the first staff member, then a summary to confirm. */
function NewOfficeWizard({ onBack }: { onBack: () => void }) {
  const services = useServices();
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Never in the draft: the PIN lives only in this screen until its hash is saved.
  const [pin, setPin] = useState({ pin: '', again: '' });
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  // The SOP per procedure, offered from the court's name until the user picks another.
  const [picked, setSopChoices] = useState<SopChoice[]>([]);
  const officeForm = useForm<Office>({
    initialValues: EMPTY_OFFICE,
    validate: zod4Resolver(officeSchema),
    validateInputOnBlur: true,
  });
  const personForm = useForm<PersonFormValues>({
    initialValues: { ...EMPTY_PERSON, roles: ['administrator', 'operator'] },
    validate: (values) => zod4Resolver(personSchema(services.write.now()))(values),
    validateInputOnBlur: true,
  });
  const draft = useMemo<WizardDraft>(
    () => ({ step, office: officeForm.values, person: personForm.values }),
    [step, officeForm.values, personForm.values],
  );
  useDraft(services.db, WIZARD_DRAFT_KEY, draft, (saved) => {
    officeForm.setValues(saved.office);
    personForm.setValues(saved.person);
    setStep(saved.step);
  });

  const next = () => {
    const form = step === 0 ? officeForm : personForm;
    const pinError = step === 1 ? newPinProblem(pin.pin, pin.again) : null;
    if (form.validate().hasErrors || pinError) {
      setError(pinError ?? 'Periksa kembali isian yang ditandai merah.');
      return;
    }
    setError(null);
    if (step === 1) setSopChoices([]);
    setStep((s) => s + 1);
  };

  const sopChoices = () =>
    picked.length > 0
      ? picked
      : defaultSopChoices(SEED_SOP_DOCUMENTS, officeForm.values.namaPengadilan);

  const finish = async () => {
    if (!recoveryCode) {
      setRecoveryCode(newRecoveryCode(randomBytes));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const { unitId, ...person } = personForm.values;
      await completeSetup(
        services,
        officeForm.values,
        { ...person, unitName: unitId },
        { pin: pin.pin, recoveryCode },
        sopChoices(),
      );
    } catch (e) {
      setError(errorMessage(e));
      setSaving(false);
    }
  };

  const currentForm = step === 0 ? officeForm : personForm;
  // A "check the red fields" notice goes away once no field is red any more.
  const shownError =
    error &&
    (step === 2 ||
      Object.keys(currentForm.errors).length > 0 ||
      (step === 1 && newPinProblem(pin.pin, pin.again)))
      ? error
      : null;
  const office = officeForm.values;
  const person = personForm.values;
  if (recoveryCode) {
    return (
      <RecoveryCodeNotice
        code={recoveryCode}
        saving={saving}
        error={error}
        onConfirm={() => void finish()}
      />
    );
  }
  return (
    <Paper withBorder p="lg">
      <Stepper
        active={step}
        onStepClick={(s) => s < step && setStep(s)}
        allowNextStepsSelect={false}
      >
        <Stepper.Step label="Identitas Kantor" description="Untuk kop surat">
          <OfficeFields form={officeForm} />
        </Stepper.Step>
        <Stepper.Step label="Pegawai Pertama" description="Pengguna komputer ini">
          <PersonFields form={personForm} units={unitOptions} showActive={false} />
          <NewPinFields value={pin} onChange={setPin} />
        </Stepper.Step>
        <Stepper.Step label="Periksa" description="Simpan dan mulai">
          <Stack gap="xs">
            <Text fw={600}>Kop surat</Text>
            <Paper withBorder p="sm" ta="center">
              {kopHeadingLines(office).map((line) => (
                <Text key={line} fw={700} size="sm">
                  {line}
                </Text>
              ))}
              {kopContactLines(office).map((line) => (
                <Text key={line} size="xs">
                  {line}
                </Text>
              ))}
            </Paper>
            <Text fw={600} mt="sm">
              Pegawai pertama
            </Text>
            <List size="sm">
              <List.Item>{person.nama}</List.Item>
              <List.Item>NIP: {person.nip ? formatNip(person.nip) : '—'}</List.Item>
              <List.Item>
                {person.jabatan}
                {person.unitId ? `, ${person.unitId}` : ''}
              </List.Item>
              <List.Item>
                Peran: {person.roles.map((r) => STAFF_ROLE_LABELS[r]).join(', ') || '—'}
              </List.Item>
            </List>
            <Text fw={600} mt="sm">
              SOP yang dipakai per prosedur
            </Text>
            <SopChoiceFields
              namaPengadilan={office.namaPengadilan}
              choices={sopChoices()}
              onChange={(key, sopId) =>
                setSopChoices(sopChoices().map((c) => (c.key === key ? { ...c, sopId } : c)))
              }
            />
          </Stack>
        </Stepper.Step>
      </Stepper>
      {shownError && (
        <Alert color="red" mt="md">
          {shownError}
        </Alert>
      )}
      <Group justify="space-between" mt="lg">
        <Button variant="default" onClick={() => (step === 0 ? onBack() : setStep((s) => s - 1))}>
          Kembali
        </Button>
        {step < 2 ? (
          <Button onClick={next}>Lanjut</Button>
        ) : (
          <Button onClick={() => void finish()} loading={saving}>
            Simpan dan Mulai
          </Button>
        )}
      </Group>
    </Paper>
  );
}
