import { DataFolderInUseError } from '../db/folder-lock.ts';
import { AppError } from '../platform/errors.ts';
import { translateError } from '../platform/i18n/translate-error.ts';
import { cliLanguage, say, texts } from './language.ts';

/**
 * What a failure says, in the command line's language: the server's refusals (AppError) through the server's
 * catalogues of messages, a data folder held by another Lantern in the command line's words, the command line's
 * own errors as they were made (already in its language), and anything else as it is.
 */
export function failureMessage(e: unknown): string {
  if (e instanceof DataFolderInUseError)
    return say(texts().common.dataFolderInUse, {
      folder: e.folder,
      pid: String(e.pid),
      host: e.host,
      lockFile: e.lockFile,
    });
  if (e instanceof AppError) return translateError(cliLanguage(), e.code, e.message);
  return e instanceof Error ? e.message : String(e);
}
