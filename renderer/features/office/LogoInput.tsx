import { Button, FileButton, Group, Image, Input, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES, type Logo } from '../../../shared/office/office';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('Berkas logo tidak dapat dibaca.'));
    reader.readAsDataURL(file);
  });
}

async function imageSize(dataUrl: string): Promise<{ width: number; height: number }> {
  const image = new window.Image();
  image.src = dataUrl;
  await image.decode();
  return { width: image.naturalWidth, height: image.naturalHeight };
}

/** Checks a chosen file and turns it into the stored logo, or says what is wrong. */
export async function logoFromFile(file: File): Promise<Logo> {
  if (!(LOGO_MIME_TYPES as readonly string[]).includes(file.type)) {
    throw new Error('Logo harus berupa gambar PNG atau JPEG.');
  }
  if (file.size > LOGO_MAX_BYTES) {
    throw new Error(
      `Ukuran logo ${Math.ceil(file.size / 1024)} KB; paling besar ${LOGO_MAX_BYTES / 1024} KB.`,
    );
  }
  const dataUrl = await readAsDataUrl(file);
  try {
    return { dataUrl, ...(await imageSize(dataUrl)) };
  } catch {
    throw new Error('Berkas logo rusak atau bukan gambar.');
  }
}

export function LogoInput(props: {
  value: Logo | null;
  onChange: (logo: Logo | null) => void;
  error?: string | undefined;
}) {
  const [fileError, setFileError] = useState<string | null>(null);
  const pick = async (file: File | null) => {
    if (!file) return;
    try {
      props.onChange(await logoFromFile(file));
      setFileError(null);
    } catch (error) {
      setFileError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Input.Wrapper
      label="Logo"
      description={`PNG atau JPEG, paling besar ${LOGO_MAX_BYTES / 1024} KB; dicetak di kiri kop surat.`}
      error={fileError ?? props.error}
    >
      <Group mt={6} align="center">
        {props.value ? (
          <Image src={props.value.dataUrl} alt="Logo kantor" h={64} w={64} fit="contain" />
        ) : (
          <Text size="sm" c="dimmed">
            Belum ada logo.
          </Text>
        )}
        <Stack gap={4}>
          <FileButton onChange={(f) => void pick(f)} accept="image/png,image/jpeg">
            {(p) => (
              <Button variant="default" size="xs" {...p}>
                Pilih Logo…
              </Button>
            )}
          </FileButton>
          {props.value && (
            <Button variant="subtle" color="red" size="xs" onClick={() => props.onChange(null)}>
              Hapus Logo
            </Button>
          )}
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}
