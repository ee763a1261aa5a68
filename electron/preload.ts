import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, API_METHODS, apiContract, type MejaApi } from '../shared/api/contract';

/**
 * The renderer's only door to main: one function per contract method (built from the
 * contract, so none can be missed), each sending its argument on the method's channel. ipcRenderer itself is never exposed; main parses
 * every argument and checks the sender.
 */
const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(apiContract[method].channel, input),
  ]),
) as MejaApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
