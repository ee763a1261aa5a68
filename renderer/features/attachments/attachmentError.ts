/** A refusal or failure about an attachment; the message is for the user, in Indonesian. */
export class AttachmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttachmentError';
  }
}
