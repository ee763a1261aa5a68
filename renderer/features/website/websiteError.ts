/** A refusal of the website maintenance records, with the message the user reads. */
export class WebsiteError extends Error {}
