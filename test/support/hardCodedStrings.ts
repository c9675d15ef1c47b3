import * as ts from 'typescript';

/** A UI string that does not go through l10n: where, and the text as written. */
export interface HardCoded {
  file: string;
  line: number;
  text: string;
  /** Which UI API the string reaches (`showWarningMessage`, `property label`, ...). */
  sink: string;
  /** The literal's offsets in the text. */
  start: number;
  end: number;
}

// Calls whose every string argument is shown to people: messages and their buttons, CLI output,
// errors a command or verb shows as they are.
const MESSAGE_CALLS = new Set([
  'showInformationMessage',
  'showWarningMessage',
  'showErrorMessage',
  'out',
  'err',
  'outLines',
  'setStatusBarMessage',
  // The dashboard webview's DOM: text appended to an element.
  'append',
]);
// Constructors whose given argument is UI text.
const NEW_ARGS: Record<string, number[]> = {
  TreeItem: [0],
  MarkdownString: [0],
  Diagnostic: [1],
  CodeLens: [],
  UsageError: [0],
  UserError: [0],
};
// Calls whose given argument is UI text: outcome helpers, problems, progress titles.
const CALL_ARGS: Record<string, number[]> = {
  failed: [1],
  done: [1],
  problem: [5],
  refuse: [0, 1],
  // The command title a helper shows in its picker, progress or message.
  pickRelationship: [2],
  workflowPorts: [2],
  recordsAt: [2],
  requireGit: [1],
  sessionStatusCommand: [1],
  // The dashboard webview's helpers (src/webview/dashboard.ts): an element's text, a section's
  // heading, a link's label, an aria-label or title attribute.
  el: [2],
  section: [1],
  link: [0],
  setAttribute: [1],
};
// Object-literal properties and assignments that the UI shows: quick pick items and options,
// input boxes, progress, tree items, status bar items, code lens commands, failures, problems,
// CLI help.
const UI_PROPERTIES = new Set<string>([
  'label',
  'description',
  'detail',
  'tooltip',
  'placeHolder',
  'placeholder',
  'prompt',
  'title',
  'message',
  'summary',
  'details',
  'help',
  'validationMessage',
]);

// Assigned as `item.text = ...`: a status bar item's text (an object literal's `text` is usually
// an edit's, which is record content).
const UI_ASSIGNED = new Set([...UI_PROPERTIES, 'text', 'name']);
// In src/core only failures and problems are UI: titles, labels and texts there are record content.
const CORE_PROPERTIES = new Set(['message']);

/** Which rules apply: `ui` for src/vscode, src/workflows and src/cli; `core` for src/core. */
export type Scope = 'ui' | 'core';

/**
 * True when a literal has words people read. Codicons (`$(check)`) are taken out; an identifier
 * (`outside-root`, `weekly`: lowercase, no spaces), choices (`md|text|json`) and a format
 * (`YYYY-MM-DD`, `SLUG`) are values and syntax, not words.
 */
function hasWords(text: string): boolean {
  const rest = text.replace(/\$\([a-z-~]+\)/g, '').trim();
  if (/^[a-z0-9.|-]+$/.test(rest) || /^[A-Z0-9_-]+$/.test(rest)) return false;
  return /[A-Za-z]{2,}/.test(rest);
}

/** True for a call to l10n: `t(...)`, `l10n.t(...)`, `vscode.l10n.t(...)`. */
function isTranslated(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/**
 * The literals with words an expression can evaluate to: a string or template literal, either
 * side of `+`, `??`, `||`, both branches of `?:`, array elements. Anything computed (a call, a
 * variable, l10n.t) is not looked into: the check is on what is written at the call site.
 */
function literalsIn(expr: ts.Expression | undefined): ts.Node[] {
  if (!expr) return [];
  if (isTranslated(expr)) return [];
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr))
    return hasWords(expr.text) ? [expr] : [];
  if (ts.isTemplateExpression(expr)) {
    const parts = [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)];
    return hasWords(parts.join(' ')) ? [expr] : [];
  }
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr))
    return literalsIn(expr.expression);
  if (ts.isConditionalExpression(expr))
    return [...literalsIn(expr.whenTrue), ...literalsIn(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken)
      return [...literalsIn(expr.left), ...literalsIn(expr.right)];
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken)
      return literalsIn(expr.right);
    return [];
  }
  if (ts.isArrayLiteralExpression(expr))
    return expr.elements.flatMap((e) =>
      ts.isSpreadElement(e) ? literalsIn(e.expression) : literalsIn(e),
    );
  return [];
}

/** The literals a function returns: an input box's validation message. */
function returnedLiterals(fn: ts.Expression): ts.Node[] {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return [];
  if (!ts.isBlock(fn.body)) return literalsIn(fn.body);
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isReturnStatement(node)) found.push(...literalsIn(node.expression));
    else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  visit(fn.body);
  return found;
}

/** The called name: `f` in `f(x)`, `g` in `a.b.g(x)`. */
function calleeName(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  return undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/**
 * The UI strings in one source text that are written as literals instead of going through
 * `vscode.l10n.t` / core's `t`. A line may opt out with a comment `l10n-ignore: <why>` on it or on
 * the line above (a product name, a file format's own word).
 */
export function hardCodedStrings(file: string, text: string, scope: Scope = 'ui'): HardCoded[] {
  // The CLI installs its language before it loads the verbs (src/cli/main.ts); nothing else does.
  const moduleLevelT = !file.includes('src/cli/');
  const properties = scope === 'core' ? CORE_PROPERTIES : UI_PROPERTIES;
  const assigned = scope === 'core' ? CORE_PROPERTIES : UI_ASSIGNED;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const found: HardCoded[] = [];
  const report = (nodes: ts.Node[], sink: string) => {
    for (const node of nodes) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      if (/l10n-ignore:/.test(lines[line]) || (line > 0 && /l10n-ignore:/.test(lines[line - 1])))
        continue;
      found.push({
        file,
        line: line + 1,
        text: node.getText(source),
        sink,
        start: node.getStart(source),
        end: node.getEnd(),
      });
    }
  };
  const visit = (node: ts.Node) => {
    if (
      moduleLevelT &&
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 't' &&
      !ts.findAncestor(node, ts.isFunctionLike)
    ) {
      // Core's t runs before the editor or the CLI has installed a language when a module loads.
      report([node], 't() when the module loads');
    }
    if (isTranslated(node) && ts.isCallExpression(node)) {
      // A translated message must be whole: words passed in as an argument are English in every
      // language (a plural ending, a clause chosen by a condition).
      for (const arg of node.arguments.slice(1)) report(literalsIn(arg), 'an argument of l10n');
    } else if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name && MESSAGE_CALLS.has(name))
        for (const arg of node.arguments) report(literalsIn(arg), name);
      if (name && Object.hasOwn(CALL_ARGS, name))
        for (const i of CALL_ARGS[name]) report(literalsIn(node.arguments[i]), name);
      if (name === 'push' && ts.isPropertyAccessExpression(node.expression)) {
        const target = calleeName(node.expression.expression);
        if (target && /notes|problems|warnings|messages/i.test(target))
          for (const arg of node.arguments) report(literalsIn(arg), `${target}.push`);
      }
    } else if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (name && Object.hasOwn(NEW_ARGS, name))
        for (const i of NEW_ARGS[name]) report(literalsIn(node.arguments?.[i]), `new ${name}`);
    } else if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name && properties.has(name)) report(literalsIn(node.initializer), `property ${name}`);
      if (name === 'validateInput') report(returnedLiterals(node.initializer), 'validateInput');
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      // `const title = 'Add Goal'`, kept for several prompts.
      if (properties.has(node.name.text))
        report(literalsIn(node.initializer), `const ${node.name.text}`);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      assigned.has(node.left.name.text)
    ) {
      report(literalsIn(node.right), `.${node.left.name.text} =`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
