import { z } from 'zod';

/**
 * Only plain data survives a process boundary, so every answer travels as an envelope rather
 * than a thrown Error (whose fields other than `message` would be lost on the way).
 */
export const IPC_ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type FieldPath = readonly (string | number)[];

export type FieldError = { readonly path: FieldPath; readonly message: string };

export type IpcError = {
  readonly code: IpcErrorCode;
  /** A sentence a user can act on. */
  readonly message: string;
  /** The field the message is about; empty when it concerns the request as a whole. */
  readonly path: FieldPath;
  /** Every field problem found, so a form can mark all of them at once. */
  readonly fields: readonly FieldError[];
};

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err = { readonly ok: false; readonly error: IpcError };
export type Result<T> = Ok<T> | Err;

const pathSchema = z.array(z.union([z.string(), z.number()]));

export const ipcErrorSchema = z.strictObject({
  code: z.enum(IPC_ERROR_CODES),
  message: z.string(),
  path: pathSchema,
  fields: z.array(z.strictObject({ path: pathSchema, message: z.string() })),
});

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err(code: IpcErrorCode, message: string, path: FieldPath = [], fields?: readonly FieldError[]): Err {
  return {
    ok: false,
    error: { code, message, path, fields: fields ?? (path.length > 0 ? [{ path, message }] : []) },
  };
}
