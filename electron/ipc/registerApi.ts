import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, apiContract } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import type { Dispatch } from './dispatch';
import { isAllowedSender } from './senderPolicy';

const FORBIDDEN_MESSAGE = 'Permintaan ditolak: asal tidak dikenal.';

function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  // senderFrame is null when the frame has navigated away or been destroyed.
  return event.senderFrame?.url;
}

/**
 * Answers every channel of the contract: the sender's origin is checked first, then the
 * shared dispatch parses the payload and runs the handler.
 */
export function registerApi(dispatch: Dispatch, allowedOrigins: string[]): void {
  for (const method of API_METHODS) {
    const { channel } = apiContract[method];
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isAllowedSender(senderUrl(event), allowedOrigins)) {
        return fail('forbiddenSender', FORBIDDEN_MESSAGE);
      }
      return dispatch(channel, payload);
    });
  }
}
