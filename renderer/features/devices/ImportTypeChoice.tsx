import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { typeNameKey } from '../../../shared/devices/deviceSheet';
import { newDeviceTypeCode, type DeviceTypeInfo } from '../../../shared/devices/deviceTypes';

/** The choice meaning "add this name as a new office type". */
export const NEW_TYPE = '';

/** What each unknown type name of a sheet stands for: NEW_TYPE or an existing type's code. */
export type TypeChoices = Readonly<Record<string, string>>;

/**
 * The sheet's unknown type names resolved: each to a new code (for a type added on import)
 * or to the existing type chosen. `added` lists the types to add, by their provisional code.
 */
export function resolveTypeChoices(
  unknown: readonly string[],
  choices: TypeChoices,
  types: readonly DeviceTypeInfo[],
): { typeChoices: Record<string, string>; added: Array<{ code: string; name: string }> } {
  const taken = new Set(types.map((t) => t.code));
  const typeChoices: Record<string, string> = {};
  const added: Array<{ code: string; name: string }> = [];
  for (const name of unknown) {
    const key = typeNameKey(name);
    const chosen = choices[key] ?? NEW_TYPE;
    if (chosen !== NEW_TYPE && taken.has(chosen)) {
      typeChoices[key] = chosen;
      continue;
    }
    const code = newDeviceTypeCode(name, taken);
    taken.add(code);
    typeChoices[key] = code;
    added.push({ code, name: name.trim() });
  }
  return { typeChoices, added };
}

/** For each type name the office did not have: add it as a new type, or map it to one. */
export function ImportTypeChoice({
  unknown,
  choices,
  types,
  onChange,
}: {
  unknown: readonly string[];
  choices: TypeChoices;
  types: readonly DeviceTypeInfo[];
  onChange: (key: string, choice: string) => void;
}) {
  if (unknown.length === 0) return null;
  const data = [
    { value: NEW_TYPE, label: 'Tambahkan sebagai jenis baru' },
    ...types.map((t) => ({ value: t.code, label: `Sama dengan ${t.label}` })),
  ];
  return (
    <Stack gap={4} aria-label="Jenis baru dari berkas">
      <Text size="sm" fw={600}>
        Jenis perangkat yang belum ada di daftar kantor
      </Text>
      <SimpleGrid cols={3} spacing="xs" verticalSpacing={4}>
        {unknown.map((name) => {
          const key = typeNameKey(name);
          return (
            <Select
              key={key}
              size="xs"
              label={`"${name}"`}
              value={choices[key] ?? NEW_TYPE}
              onChange={(v) => onChange(key, v ?? NEW_TYPE)}
              data={data}
              allowDeselect={false}
              searchable
            />
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
