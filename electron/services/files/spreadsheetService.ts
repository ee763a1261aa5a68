import { AppError } from '../../../shared/api/result';

export interface SpreadsheetServiceDeps {
  /** Asks the user where to save; undefined when they cancel. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
}

export interface SpreadsheetService {
  /** Saves an .xlsx made by the renderer; the path, or undefined when canceled. */
  save(bytes: Uint8Array, suggestedName: string): Promise<string | undefined>;
}

/** Every .xlsx is a ZIP archive, and every ZIP archive starts with a local file header. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export function createSpreadsheetService(deps: SpreadsheetServiceDeps): SpreadsheetService {
  return {
    async save(bytes, suggestedName) {
      if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) {
        throw new AppError('invalidInput', 'Isi berkas bukan lembar kerja .xlsx; tidak disimpan.');
      }
      const target = await deps.chooseSavePath(suggestedName);
      if (!target) return undefined;
      try {
        await deps.writeFile(target, bytes);
      } catch (cause) {
        throw new AppError(
          'io',
          `Lembar kerja tidak dapat disimpan ke ${target}. Pastikan folder dapat ditulisi dan berkas tidak sedang dibuka di Excel.`,
          { cause },
        );
      }
      return target;
    },
  };
}
