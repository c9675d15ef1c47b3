/** An error whose message is for the user as it is: shown without a stack, not logged as a bug. */
export class UserError extends Error {}

/** The user dismissed a prompt: the command stops quietly. */
export class Cancelled extends Error {}
