// The print feature as other features may use it; anything else in this folder is its own.
export { PdfPreviewModal } from './PdfPreviewModal';
export { usePdfActions } from './usePdfActions';
export { loadPdfPages } from './loadPdfPages';
