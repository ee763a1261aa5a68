import { Alert, Select, SimpleGrid, Text } from '@mantine/core';
import { SEED_SOP_DOCUMENTS } from '../../../shared/sop/catalog';
import type { SopChoice } from '../../../shared/sop/officeChoice';
import type { ProcedureKey } from '../../../shared/sop/schema';

/** The procedure's title as the catalog's first SOP with it words it. */
function procedureTitle(key: ProcedureKey): string {
  for (const d of SEED_SOP_DOCUMENTS) {
    const p = d.procedures.find((x) => x.key === key);
    if (p) return p.judul;
  }
  return key;
}

/**
 * The wizard's choice of SOP per procedure (A..F): the office's own court's where the
 * catalog has it; where it has not, another court's stands in, said plainly, to be changed
 * later on the SOP screen.
 */
export function SopChoiceFields({
  namaPengadilan,
  choices,
  onChange,
}: {
  namaPengadilan: string;
  choices: readonly SopChoice[];
  onChange: (key: ProcedureKey, sopId: string) => void;
}) {
  const borrowed = choices.filter((c) => !c.own);
  return (
    <>
      {borrowed.length > 0 && (
        <Alert color="yellow" variant="light">
          Katalog belum memuat SOP {namaPengadilan} untuk prosedur{' '}
          {borrowed.map((c) => c.key).join(', ')}; untuk sementara dipakai SOP pengadilan lain yang
          tertera di bawah. SOP kantor dapat ditambahkan atau dipilih kemudian di menu SOP.
        </Alert>
      )}
      <SimpleGrid cols={2} spacing="xs">
        {choices.map((c) => (
          <Select
            key={c.key}
            label={`${c.key}. ${procedureTitle(c.key)}`}
            allowDeselect={false}
            value={c.sopId}
            onChange={(id) => id && onChange(c.key, id)}
            data={SEED_SOP_DOCUMENTS.filter((d) => d.procedures.some((p) => p.key === c.key)).map(
              (d) => ({ value: d.id, label: `${d.nomor ?? d.judul} — ${d.pengadilan}` }),
            )}
          />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Pilihan ini dapat diubah kapan saja di menu SOP.
      </Text>
    </>
  );
}
