import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, apiContract, type MejaApi } from '../shared/api/contract';

/**
 * The renderer's only door to main: one function per contract method, each sending its
 * argument on the method's channel. ipcRenderer itself is never exposed; main parses
 * every argument and checks the sender.
 */
const api = {
  getAppInfo: (input) => ipcRenderer.invoke(apiContract.getAppInfo.channel, input),
  renderPdf: (input) => ipcRenderer.invoke(apiContract.renderPdf.channel, input),
  savePdf: (input) => ipcRenderer.invoke(apiContract.savePdf.channel, input),
  printPdf: (input) => ipcRenderer.invoke(apiContract.printPdf.channel, input),
  saveSpreadsheet: (input) => ipcRenderer.invoke(apiContract.saveSpreadsheet.channel, input),
} satisfies MejaApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
