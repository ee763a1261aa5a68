import { AppError } from '../../../shared/api/result';
import { DATA_EXPORT_FORMAT } from '../../../shared/export/dataExport';

export interface JsonExportServiceDeps {
  /** Asks the user where to save; undefined when they cancel. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
}

export interface JsonExportService {
  /** Saves the office's data as JSON made by the renderer; the path, or undefined when canceled. */
  save(text: string, suggestedName: string): Promise<string | undefined>;
}

/** Only a Meja TI data export is written: JSON whose `format` is the export's tag. */
function isDataExport(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { format?: unknown }).format === DATA_EXPORT_FORMAT
    );
  } catch {
    return false;
  }
}

export function createJsonExportService(deps: JsonExportServiceDeps): JsonExportService {
  return {
    async save(text, suggestedName) {
      if (!isDataExport(text)) {
        throw new AppError('invalidInput', 'Isi berkas bukan ekspor data Meja TI; tidak disimpan.');
      }
      const target = await deps.chooseSavePath(suggestedName);
      if (!target) return undefined;
      try {
        await deps.writeFile(target, new TextEncoder().encode(text));
      } catch (cause) {
        throw new AppError(
          'io',
          `Ekspor data tidak dapat disimpan ke ${target}. Pastikan folder dapat ditulisi.`,
          { cause },
        );
      }
      return target;
    },
  };
}
