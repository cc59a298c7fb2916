// Collects per-line import errors; any error rejects the whole file (nothing half-loaded).
import type { z } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';

export interface RowError {
  line: number;
  field?: string;
  message: string;
}

export class RowErrors {
  readonly list: RowError[] = [];

  add(line: number, message: string, field?: string): void {
    this.list.push({ line, message, ...(field ? { field } : {}) });
  }

  addZod(line: number, error: z.ZodError): void {
    for (const issue of error.issues) {
      const field = issue.path.map(String).join('.');
      this.add(line, issue.message, field || undefined);
    }
  }

  throwIfAny(what: string): void {
    if (!this.list.length) return;
    const lines = new Set(this.list.map((e) => e.line)).size;
    throw new ApiError(
      422,
      ErrorCode.IMPORT_INVALID,
      `${lines} ${lines === 1 ? 'row' : 'rows'} of the ${what} file have errors; nothing was imported`,
      { rows: this.list.sort((a, b) => a.line - b.line) },
    );
  }
}
