/** The PDF worker's entry (started by read-pdf.ts): reads the one PDF it is sent, posts what it found, then ends. */
import { readPdfRuns } from './pdf-runs.ts';
import { answerOneFile } from './read-in-worker.ts';

answerOneFile(readPdfRuns, 'it could not be read as a PDF');
