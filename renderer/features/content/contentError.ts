/** A refusal of the website content records, with the message the user reads. */
export class ContentError extends Error {}
