import * as assert from 'node:assert/strict';
import { setUpPrefills } from '../../src/core/records/setUpPrefills';

const me = { name: 'Sam Chen', email: 'sam@example.com' };

describe('Set Up defaults, from who runs it', () => {
  it("makes a mentor a mentor, never the mentee's git identity", () => {
    assert.deepEqual(setUpPrefills('mentor', me), { mentee: '', mentors: 'Sam Chen', identities: '' });
  });

  it('makes a mentee the mentee, with their own git email as the identity to mine', () => {
    assert.deepEqual(setUpPrefills('mentee', me), {
      mentee: 'Sam Chen',
      mentors: '',
      identities: 'sam@example.com',
    });
    assert.equal(setUpPrefills('mentee', { name: 'Sam Chen' }).identities, 'Sam Chen');
  });

  it('offers nothing to someone setting up for others', () => {
    assert.deepEqual(setUpPrefills('neither', me), { mentee: '', mentors: '', identities: '' });
  });
});
