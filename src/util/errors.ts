// Errors a user can act on: what is wrong, and a hint. The CLI prints them without a stack.

/** Marks an `InputError` whichever copy of this module made it: the Ink views are bundled apart from the CLI. */
const inputErrorMark = Symbol.for('argmap.InputError')

/** Bad input (a file, a map): exit code 1. The message says what is wrong with `file`, if named. */
export class InputError extends Error {
  readonly exitCode: number = 1
  readonly [inputErrorMark] = true

  constructor(
    message: string,
    readonly hint?: string,
    readonly file?: string
  ) {
    super(message)
    this.name = 'InputError'
  }

  /** The one line a user reads: the file, then what is wrong. */
  get line(): string {
    return this.file === undefined ? this.message : `${this.file}: ${this.message}`
  }
}

/** An `InputError` from any copy of this module (`instanceof` knows only its own copy's class). */
export function isInputError(value: unknown): value is InputError {
  return typeof value === 'object' && value !== null && inputErrorMark in value
}

/** A command used the wrong way: exit code 2. */
export class UsageError extends InputError {
  override readonly exitCode: number = 2
  override name = 'UsageError'
}
