/** The docx worker's entry (started by read-docx.ts): reads the one Word document it is sent, posts what it found, then ends. */
import { readDocxHtml } from './docx-html.ts';
import { answerOneFile } from './read-in-worker.ts';

answerOneFile(readDocxHtml, 'it could not be read as a Word document');
