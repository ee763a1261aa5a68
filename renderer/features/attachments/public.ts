/** What other features use of attachments: the field for a form, the list for a record. */
export { AttachmentField } from './AttachmentField';
export { AttachmentList } from './AttachmentList';
export { addAttachment, attachmentUsage, usageText } from './attachmentStore';
export { uploadPendingAttachments } from './attachmentFolder';
export { attachmentsForBackup, keepRestoredAttachments } from './attachmentBackup';
