import type * as vscode from 'vscode';
import { saveReport } from '../reports/openReport';

/** Save Report to Records: the report in the editor saved where its relationship keeps reports. */
export function saveReportCommand() {
  return async (uri?: vscode.Uri): Promise<string> => saveReport(uri);
}
