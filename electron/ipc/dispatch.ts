import type { z } from 'zod';
import {
  apiContract,
  type ApiHandlers,
  type ApiMethod,
  methodForChannel,
} from '../../shared/api/contract';
import { AppError, fail, ok, type Result } from '../../shared/api/result';

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors are written; the user sees only a plain message. */
  logError(error: unknown, channel: string): void;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

async function invoke<M extends ApiMethod>(
  handlers: ApiHandlers,
  method: M,
  payload: unknown,
): Promise<Result<unknown>> {
  const contract = apiContract[method];
  const parsed = contract.input.safeParse(payload);
  if (!parsed.success) {
    return fail('invalidInput', `Data yang dikirim tidak valid (${describeIssues(parsed.error)}).`);
  }
  const handler = handlers[method] as (input: unknown) => Promise<unknown>;
  const value = await handler(parsed.data);
  const checked = contract.output.safeParse(value);
  if (!checked.success) {
    throw new Error(
      `Result of ${contract.channel} broke the contract: ${describeIssues(checked.error)}`,
    );
  }
  return ok(checked.data);
}

/**
 * Turns a channel and an untrusted payload into a Result: the payload is parsed with the
 * contract's schema, the handler runs, and every failure becomes `{ ok: false, error }`
 * with a reason code and an Indonesian message.
 */
export function createDispatch(handlers: ApiHandlers, options: DispatchOptions): Dispatch {
  return async (channel, payload) => {
    const method = methodForChannel(channel);
    if (!method) return fail('unknownChannel', 'Permintaan tidak dikenal.');
    try {
      return await invoke(handlers, method, payload);
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      options.logError(error, channel);
      return fail(
        'internal',
        'Terjadi kesalahan tak terduga. Coba lagi; bila berulang, mulai ulang Meja TI.',
      );
    }
  };
}
