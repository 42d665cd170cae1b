import type { ErrorCode } from '../../contract/envelope';

/** Why an export cannot go on: one of the contract's codes and the words behind it. */
export class ExportFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ExportFailure';
    this.code = code;
  }
}
