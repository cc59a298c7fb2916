// What the console API answers. Devices and exceptions are shared with the server through
// src/core; the rest mirrors server/console/* (the server is not imported here).
import type { ConsoleDevice, ConsoleException, ExceptionPage } from '#core/console-wire.ts';

export type { ConsoleDevice, ConsoleException, ExceptionPage };

export interface ConsoleTiming {
  heartbeatMs: number;
  onlineMs: number;
  staleMs: number;
  shiftMs: number;
}

export interface SampleSeries {
  deviceId: string;
  points: { at: number; pending: number; oldestAgeMs: number | null }[];
}

export interface DocProgress {
  number: string;
  status: string;
  due: string;
  done: number;
  total: number;
  people: string[];
}

export interface Progress {
  since: number;
  receipts: DocProgress[];
  pickLists: DocProgress[];
  countTasks: DocProgress[];
  rates: PersonLabour[];
}

/** server/console/labour.ts: a line is a document line, however many scans it took. */
export interface TaskFigures {
  task: 'receiving' | 'picking' | 'counting' | 'moving';
  lines: number;
  units: number;
  orders: number;
  hoursWorked: number;
  linesPerHour: number;
  shortLines: number;
  rejected: number;
  ops: number;
}

export interface PersonLabour {
  userId: string;
  userName: string;
  tasks: TaskFigures[];
  hours: { at: number; lines: number }[];
  total: number;
}
