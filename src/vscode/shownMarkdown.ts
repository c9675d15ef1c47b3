import * as vscode from 'vscode';
import type { Outcome } from '../workflows/outcome';
import { failureError } from './workflowPorts';

/** A workflow's markdown (a report) opened as an untitled document; its failure thrown for the user. */
export async function shownMarkdown<T extends { markdown: string }>(
  outcome: Outcome<T>,
): Promise<T> {
  if (!outcome.ok) throw failureError(outcome.failure);
  const document = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: outcome.value.markdown,
  });
  await vscode.window.showTextDocument(document, { preview: false });
  return outcome.value;
}
