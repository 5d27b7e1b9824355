/**
 * Status updates: dated reports on how a tiltak is going, kept in their own
 * files under `content/statusoppdateringar/` so the adopted strategy text
 * never changes while the work it promises moves on.
 */
import type { ActionStatus, IsoDate, Malform } from '../model/types.ts';

/** One validated status update for one tiltak. */
export interface StatusUpdate {
  /** Id of the document holding the tiltak (`handlingsplan`). */
  docId: string;
  /** Id of the tiltak within that document. */
  actionId: string;
  date: IsoDate;
  status: ActionStatus;
  /** `merknad`: what happened, in the file's målform. */
  remark?: string;
  /** Source file relative to the project root, POSIX separators. */
  sourcePath: string;
  /** 1-based line of the update in the source file. */
  line: number;
  /** Målform of the file (its `målform`, or the site default). */
  malform: Malform;
}

/** One entry in a tiltak's history: the adopted status or a later update. */
export interface StatusEvent {
  date: IsoDate;
  status: ActionStatus;
  remark?: string;
  /** `document`: the status written in the adopted document; `update`: a status update file. */
  source: 'document' | 'update';
  /** For updates: the file it came from. */
  sourcePath?: string;
}

/** Current status and full history of one tiltak. */
export interface ActionState {
  /** Latest status: the newest update, else the document's status, else `planlagt`. */
  status: ActionStatus;
  /** Date of that status (the update's date or the document's date). */
  since: IsoDate;
  /** Oldest first; the document's own status is the first event. */
  history: StatusEvent[];
}
