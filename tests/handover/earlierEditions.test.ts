import { describe, expect, it } from 'vitest';
import earlier120 from '../fixtures/earlier/rusmiddeltjek-1.2.0.definition.json';
import { decodeHandover } from '../../src/handover/decodeHandover';
import { earlierEditions } from '../../src/handover/earlierEditions';
import { encodeHandover } from '../../src/handover/encodeHandover';
import { questionnaireTag } from '../../src/handover/questionnaireTag';
import { definitionSchema } from '../../src/questionnaire/definitionSchema';
import { createQuestionnaire } from '../../src/questionnaire/questionnaire';
import { realQuestionnaire } from '../support/realQuestionnaire';

// The 1.2.0 definition as it shipped, kept so that codes made with it can be told apart.
const questionnaire120 = createQuestionnaire(definitionSchema.parse(earlier120));

/** A finished 1.2.0 journey: "none of these", the shortest one that version had. */
const none120 = { audience: 'self', 'age-group': '25-35', substances: ['none'] };

describe('codes from an earlier version of the questionnaire', () => {
  it('records the tag that 1.2.0 codes carry', () => {
    expect(earlierEditions.rusmiddeltjek).toContainEqual({
      version: '1.2.0',
      tag: questionnaireTag(questionnaire120).version,
    });
  });

  it('says a 1.2.0 code is from an earlier version and reads none of its answers', () => {
    const code = encodeHandover(questionnaire120, none120);
    expect(decodeHandover([questionnaire120], code)).toMatchObject({ ok: true });
    expect(decodeHandover([realQuestionnaire], code)).toEqual({
      ok: false,
      problem: 'older-version',
    });
  });

  it('still calls a version it has never had "another version"', () => {
    const invented = createQuestionnaire(
      definitionSchema.parse({ ...earlier120, version: '0.9.0' }),
    );
    const code = encodeHandover(invented, none120);
    expect(decodeHandover([realQuestionnaire], code)).toEqual({
      ok: false,
      problem: 'unknown-version',
    });
  });
});
