import { setStaleLockNotice } from '../db/folder-lock.ts';
import { SERVER_LANGUAGES } from '../platform/i18n/languages.ts';
import { failureMessage } from './failure.ts';
import { chooseLanguage, fallbackLanguage, LanguageError, say, setCliLanguage, texts } from './language.ts';
import { buildProgram } from './program.ts';

// The language comes first: the commands are described in it.
try {
  setCliLanguage(chooseLanguage(process.argv.slice(2), process.env));
} catch (e) {
  if (!(e instanceof LanguageError)) throw e;
  setCliLanguage(fallbackLanguage(process.env));
  const line = say(texts().common.unknownLanguage, {
    setting: e.setting,
    value: e.value,
    known: SERVER_LANGUAGES.join(', '),
  });
  process.stderr.write(`lantern: ${line}\n`);
  process.exit(2);
}

// A lock left on the data folder by a Lantern that died is taken over with a line in the command line's language.
setStaleLockNotice(({ pid }) =>
  process.stderr.write(`lantern: ${say(texts().common.staleLockTakenOver, { pid: String(pid) })}\n`),
);

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  // A command's failure is said in one line, without a stack trace.
  process.stderr.write(`lantern: ${failureMessage(e)}\n`);
  process.exitCode = 1;
}
