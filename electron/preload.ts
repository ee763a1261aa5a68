import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS, API_GLOBAL } from 'virtual:api-channels';
import type { MejaApi } from '../shared/api/contract';

/**
 * The renderer's only door to main: one function per contract method (built from the
 * contract's channels at build time, so none can be missed), each sending its argument on
 * the method's channel. ipcRenderer itself is never exposed; main parses every argument and
 * checks the sender.
 */
const api = Object.fromEntries(
  Object.entries(API_CHANNELS).map(([method, channel]) => [
    method,
    (input: unknown) => ipcRenderer.invoke(channel, input),
  ]),
) as MejaApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
