/** A refusal of the Kebijakan TI records, with the message the user reads. */
export class PolicyError extends Error {}
