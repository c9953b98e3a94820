import { currentLanguage } from '../i18n/i18n.ts';
import { href } from '../router.ts';

/** The API path of a prosecution case file, or of something under it. */
export const caseFilePath = (caseId: string, rest = ''): string =>
  `/api/prosecution/cases/${encodeURIComponent(caseId)}${rest}`;

/** The app's link to a case file's page. */
export const caseFileHref = (caseId: string): string => href(`/prosecution/${encodeURIComponent(caseId)}`);

/** The route of the file for court as a PDF (a download). */
/** The court file to download, in the language of the screens (a link sends the browser's own language, not the app's). */
export const courtFilePdf = (caseId: string): string =>
  `${caseFilePath(caseId, '/court-file.pdf')}?lang=${currentLanguage()}`;
