/** pdf.js is about a third of the app's script: loaded with the first PDF shown, not at start. */
export const loadPdfPages = () => import('./pdfPages');
