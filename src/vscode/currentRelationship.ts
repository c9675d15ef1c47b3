import type * as vscode from 'vscode';

const KEY = 'mentoring.currentRelationship';

/**
 * The relationship the user switched to (Switch Relationship), kept per workspace across
 * reloads: the status bar shows it when the active editor is not in another relationship's
 * records. Keyed `<workspace folder URI>|<slug>`.
 */
export class CurrentRelationship {
  constructor(private readonly state?: vscode.Memento) {}

  get(): string | undefined {
    return this.state?.get<string>(KEY);
  }

  async set(key: string): Promise<void> {
    await this.state?.update(KEY, key);
  }
}
