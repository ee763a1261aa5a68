/** A request could not be recorded; the message is for the operator. */
export class RequestError extends Error {}
