import * as vscode from 'vscode';

/** Shows a workflow's notes (an agenda left out, a bad config.yml) as warnings; none, nothing. */
export function showNotes(notes: readonly string[]): void {
  for (const note of notes) void vscode.window.showWarningMessage(note);
}
