// runCli loads a verb's module only when that verb runs (VERB_LOADERS): the table's names must be
// the verbs' own, each once, or a verb could never be reached by its name.
import * as assert from 'node:assert/strict';
import { VERB_LOADERS } from '../../src/cli/runCli';

describe('cli: verbs load by name', () => {
  it("names each verb as the verb's own module does, each once", async () => {
    const names = VERB_LOADERS.map(([name]) => name);
    assert.equal(new Set(names).size, names.length);
    for (const [name, load] of VERB_LOADERS) assert.equal((await load()).name, name);
  });
});
