import * as vscode from 'vscode';
import { findReferences, type Reference } from '../../core/language/findReferences';
import {
  nearGoals,
  referencesTo,
  unknownAmong,
  type LanguageIndex,
} from '../../core/language/languageIndex';
import { renameReference } from '../../core/language/renameReference';
import { insideOpenBlock } from '../../core/text/markdown';
import { splitLines } from '../../core/text/lines';
import { COMMANDS, DIAGNOSTIC_SOURCE } from '../ids';
import type { RecordsCache } from '../recordsCache';
import type { RecordsLocator, RelationshipRef } from '../recordsLocator';

/** Diagnostic codes of the references check; the quick fixes look for them. */
export const REFERENCE_CODES = { goal: 'unknown-goal', handle: 'unknown-handle' } as const;

// The sigil and the name typed so far, right before the cursor, after a blank or punctuation.
const TYPED = /(?:^|[\s([{,;:!"'*_~>|])([#@])([\p{L}\p{N}._-]*)$/u;

/**
 * The language of the records in the editor: completion, hover, definition, references, rename,
 * links, diagnostics and quick fixes for `#G1` and `@handle`, answered from the records cache's
 * index of the relationship the document belongs to. Each provider method returns undefined for
 * a document outside a records root.
 */
export class RecordLanguage {
  constructor(
    private readonly locator: RecordsLocator,
    private readonly cache: RecordsCache,
  ) {}

  /** Known goals after `#`, people after `@`. */
  async completion(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
    const at = await this.at(doc);
    if (!at) return [];
    const typed = TYPED.exec(doc.lineAt(pos.line).text.slice(0, pos.character));
    if (!typed) return [];
    if (insideOpenBlock(splitLines(doc.getText()), 0, pos.line)) return [];
    const range = new vscode.Range(pos.translate(0, -(typed[1].length + typed[2].length)), pos);
    if (typed[1] === '#')
      return [...at.index.goals.values()].map((g) => {
        const item = new vscode.CompletionItem(`#${g.id}`, vscode.CompletionItemKind.Reference);
        item.detail = g.status ? `${g.title} (${g.status})` : g.title;
        item.range = range;
        item.sortText = String(Number(g.id.slice(1))).padStart(6, '0');
        return item;
      });
    return at.index.people.map((p) => {
      const item = new vscode.CompletionItem(`@${p.handle}`, vscode.CompletionItemKind.User);
      item.detail = `${p.name} (${roleLabel(p.role)})`;
      item.range = range;
      return item;
    });
  }

  /** A goal's title, status, target and last session; a person's name and role. */
  async hover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const at = await this.at(doc);
    const ref = at && refAt(doc, pos);
    if (!at || !ref) return undefined;
    const md = new vscode.MarkdownString();
    if (ref.kind === 'goal') {
      const g = at.index.goals.get(ref.name);
      if (!g) md.appendText(vscode.l10n.t('{0} is not a goal of the plan.', ref.name));
      else {
        md.appendMarkdown('**').appendText(`${g.id}: ${g.title}`).appendMarkdown('**\n\n');
        md.appendText(
          [
            vscode.l10n.t('Status: {0}', g.status ?? '-'),
            vscode.l10n.t('Target: {0}', g.target ?? '-'),
            g.lastSession
              ? vscode.l10n.t('Last session: {0}', g.lastSession.date)
              : vscode.l10n.t('No session names it yet'),
          ].join(' · '),
        );
      }
    } else {
      const p = at.index.people.find((x) => x.handle === ref.name);
      md.appendText(
        p
          ? vscode.l10n.t('@{0}: {1}, {2}', ref.name, p.name, roleLabel(p.role))
          : vscode.l10n.t('@{0} is no person of the plan (an owner such as a team or a rota).', ref.name),
      );
    }
    return new vscode.Hover(md, range(doc, ref));
  }

  /** The goal's heading in plan.md; a handle's key in the plan's `handles:`. */
  async definition(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
    const at = await this.at(doc);
    const ref = at && refAt(doc, pos);
    if (!at || !ref) return [];
    const defs = referencesTo(at.index, ref.kind, ref.name).filter(
      (l) => l.ref.definition && l.file === at.index.planFile,
    );
    return Promise.all(defs.map((l) => this.location(at.ref, l.file, l.ref)));
  }

  /** Every record that mentions the goal or handle under the cursor. */
  async references(
    doc: vscode.TextDocument,
    pos: vscode.Position,
    includeDeclaration: boolean,
  ): Promise<vscode.Location[]> {
    const at = await this.at(doc);
    const ref = at && refAt(doc, pos);
    if (!at || !ref) return [];
    const found = referencesTo(at.index, ref.kind, ref.name).filter(
      (l) => includeDeclaration || !l.ref.definition,
    );
    return Promise.all(found.map((l) => this.location(at.ref, l.file, l.ref)));
  }

  /** The name part of the reference under the cursor; refuses anywhere else. */
  async prepareRename(
    doc: vscode.TextDocument,
    pos: vscode.Position,
  ): Promise<{ range: vscode.Range; placeholder: string }> {
    const at = await this.at(doc);
    const ref = at && refAt(doc, pos);
    if (!ref) throw new Error(vscode.l10n.t('Rename works on a goal id such as #G1 or a handle such as @alex.'));
    const r = new vscode.Range(doc.positionAt(ref.nameStart), doc.positionAt(ref.end));
    return { range: r, placeholder: doc.getText(r) };
  }

  /** One WorkspaceEdit over every record of the relationship, so one undo reverts it. */
  async rename(
    doc: vscode.TextDocument,
    pos: vscode.Position,
    newName: string,
  ): Promise<vscode.WorkspaceEdit | undefined> {
    const at = await this.at(doc);
    const ref = at && refAt(doc, pos);
    if (!at || !ref) return undefined;
    const plan = renameReference(at.index, ref.kind, ref.name, newName);
    if (!plan.ok) throw new Error(plan.reason);
    const edit = new vscode.WorkspaceEdit();
    const texts = await this.cache.texts(at.ref);
    for (const [file, edits] of plan.edits) {
      const uri = this.uriOf(at.ref, file);
      const text = texts.get(file) ?? '';
      const lines = lineStarts(text);
      for (const e of edits)
        edit.replace(uri, new vscode.Range(positionIn(lines, e.start), positionIn(lines, e.end)), e.text);
    }
    return edit;
  }

  /** A link from each known `#G1` to the goal's line in plan.md. */
  async links(doc: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const at = await this.at(doc);
    if (!at) return [];
    const plan = this.uriOf(at.ref, at.index.planFile);
    return findReferences(doc.getText()).flatMap((r) => {
      const g = r.kind === 'goal' && !r.definition ? at.index.goals.get(r.name) : undefined;
      if (!g) return [];
      const link = new vscode.DocumentLink(range(doc, r), plan.with({ fragment: `L${g.line}` }));
      link.tooltip = vscode.l10n.t('Go to {0}: {1}', g.id, g.title);
      return [link];
    });
  }

  /**
   * Problems for one record's text: an unknown goal is a warning, an owner who is no person of
   * the plan a hint (allowed: `@dba-oncall`).
   */
  async diagnostics(uri: vscode.Uri, text: string): Promise<vscode.Diagnostic[]> {
    const at = await this.atUri(uri);
    if (!at) return [];
    const lines = lineStarts(text);
    return unknownAmong(at.index, findReferences(text)).map((r) => {
      const d =
        r.kind === 'goal'
          ? new vscode.Diagnostic(
              new vscode.Range(positionIn(lines, r.start), positionIn(lines, r.end)),
              vscode.l10n.t('Unknown goal {0}: the plan has no goal with this id.', r.name),
              vscode.DiagnosticSeverity.Warning,
            )
          : new vscode.Diagnostic(
              new vscode.Range(positionIn(lines, r.start), positionIn(lines, r.end)),
              vscode.l10n.t('@{0} is no person of the plan; fine for an owner such as a team.', r.name),
              vscode.DiagnosticSeverity.Hint,
            );
      d.source = DIAGNOSTIC_SOURCE;
      d.code = REFERENCE_CODES[r.kind];
      return d;
    });
  }

  /** Quick fixes for an unknown goal: change it to a near goal, or add it to the plan. */
  async codeActions(
    doc: vscode.TextDocument,
    diagnostics: readonly vscode.Diagnostic[],
  ): Promise<vscode.CodeAction[]> {
    const at = await this.at(doc);
    if (!at) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE || d.code !== REFERENCE_CODES.goal) continue;
      const token = doc.getText(d.range);
      const id = token.replace(/^#/, '');
      const nameRange = new vscode.Range(d.range.end.translate(0, -id.length), d.range.end);
      for (const g of nearGoals(at.index, id)) {
        const fix = new vscode.CodeAction(
          vscode.l10n.t('Change to #{0} {1}', g.id, g.title),
          vscode.CodeActionKind.QuickFix,
        );
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(doc.uri, nameRange, g.id);
        fix.diagnostics = [d];
        actions.push(fix);
      }
      const add = new vscode.CodeAction(
        vscode.l10n.t('Add goal {0} to the plan', id),
        vscode.CodeActionKind.QuickFix,
      );
      add.command = {
        command: COMMANDS.addGoal,
        title: add.title,
        arguments: [{ slug: at.ref.slug, id }],
      };
      add.diagnostics = [d];
      actions.push(add);
    }
    return actions;
  }

  /** The goals of the relationship a record belongs to, for the markdown preview's chips. */
  async previewGoals(uri: vscode.Uri): Promise<Map<string, { title: string; status?: string }>> {
    const at = await this.atUri(uri);
    return new Map(
      [...(at?.index.goals.values() ?? [])].map((g) => [g.id, { title: g.title, status: g.status }]),
    );
  }

  private async at(doc: vscode.TextDocument) {
    return this.atUri(doc.uri);
  }

  private async atUri(
    uri: vscode.Uri,
  ): Promise<{ ref: RelationshipRef; index: LanguageIndex } | undefined> {
    const where = this.locator.locate(uri);
    if (!where || !/^[^/]+\/(plan\.md|questions\.md|sessions\/[^/]+\.md)$/.test(where.relative))
      return undefined;
    const ref = { slug: where.slug, folder: where.folder, dir: vscode.Uri.joinPath(where.root, where.slug) };
    return { ref, index: await this.cache.index(ref) };
  }

  private uriOf(ref: RelationshipRef, file: string): vscode.Uri {
    return vscode.Uri.joinPath(this.locator.rootOf(ref.folder), ...file.split('/'));
  }

  private async location(ref: RelationshipRef, file: string, r: Reference): Promise<vscode.Location> {
    const text = (await this.cache.texts(ref)).get(file) ?? '';
    const lines = lineStarts(text);
    return new vscode.Location(
      this.uriOf(ref, file),
      new vscode.Range(positionIn(lines, r.start), positionIn(lines, r.end)),
    );
  }
}

function roleLabel(role: string): string {
  return role === 'mentor' ? vscode.l10n.t('mentor') : vscode.l10n.t('mentee');
}

function refAt(doc: vscode.TextDocument, pos: vscode.Position): Reference | undefined {
  const offset = doc.offsetAt(pos);
  return findReferences(doc.getText()).find((r) => r.start <= offset && offset <= r.end);
}

function range(doc: vscode.TextDocument, r: Reference): vscode.Range {
  return new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function positionIn(starts: readonly number[], offset: number): vscode.Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return new vscode.Position(lo, offset - starts[lo]);
}
