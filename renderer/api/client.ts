import type { ApiInput, ApiMethod, ApiOutput, MejaApi } from '../../shared/api/contract';
import type { ApiError, Result } from '../../shared/api/result';

/** A failed API call, carrying main's reason code and Indonesian message. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
  }
}

export function getApi(): MejaApi {
  const api = window.mejaTI as MejaApi | undefined;
  if (!api) throw new Error('Meja TI API tidak tersedia: aplikasi harus dijalankan dari Meja TI.');
  return api;
}

/** Calls a method and returns its value, or throws ApiCallError. */
export async function call<M extends ApiMethod>(
  api: MejaApi,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const fn = api[method] as unknown as (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

/** The message to show for any error caught in the UI. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  if (error instanceof Error && /[a-z]/.test(error.message)) return error.message;
  return 'Terjadi kesalahan tak terduga.';
}
