import { conditionReferences } from './conditionReferences';
import type { QuestionnaireDefinition } from './definitionSchema';
import { criterionIds, voices } from './vocabulary';
import type { QuestionnaireProblem } from './problems';
import { formatPath } from './problems';
import { expandSteps, signMeasure } from './steps';

type Located = Omit<QuestionnaireProblem, 'file'>;

function problem(path: readonly PropertyKey[], message: string): Located {
  return { path: formatPath(path), message };
}

function duplicates(values: readonly string[]): Set<number> {
  const firstAt = new Map<string, number>();
  const repeated = new Set<number>();
  values.forEach((value, index) => {
    if (firstAt.has(value)) repeated.add(index);
    else firstAt.set(value, index);
  });
  return repeated;
}

function checkUniqueness(definition: QuestionnaireDefinition): Located[] {
  const found: Located[] = [];
  for (const i of duplicates(definition.items.map((item) => item.id))) {
    found.push(problem(['items', i, 'id'], `item id "${definition.items[i]?.id}" is used twice`));
  }
  definition.items.forEach((item, i) => {
    const codes = (item.options ?? []).map((o) => o.code);
    for (const j of duplicates(codes)) {
      found.push(
        problem(['items', i, 'options', j, 'code'], `option code "${codes[j]}" is used twice`),
      );
    }
  });
  for (const i of duplicates(definition.substances.map((s) => s.code))) {
    found.push(problem(['substances', i, 'code'], 'substance code is used twice'));
  }
  for (const i of duplicates(definition.criteria.map((c) => c.id))) {
    found.push(problem(['criteria', i, 'id'], 'criterion is listed twice'));
  }
  return found;
}

function checkItemShapes(definition: QuestionnaireDefinition): Located[] {
  const found: Located[] = [];
  definition.items.forEach((item, i) => {
    if (item.kind === 'number') {
      if (item.options)
        found.push(problem(['items', i, 'options'], 'a number item has no options'));
      if (item.min === undefined || item.max === undefined || item.min > item.max) {
        found.push(problem(['items', i], 'a number item needs "min" ≤ "max"'));
      }
    } else if (!item.options) {
      found.push(problem(['items', i, 'options'], `a ${item.kind} choice item needs options`));
    }
    if (item.forEachSubstance && item.substanceScope) {
      found.push(problem(['items', i], 'use either "forEachSubstance" or "substanceScope"'));
    }
    if (item.askWhichSubstance && !item.substanceScope) {
      found.push(problem(['items', i, 'askWhichSubstance'], 'needs "substanceScope"'));
    }
    if (item.askWhichSubstance && !signMeasure(item.measures)) {
      found.push(
        problem(
          ['items', i, 'askWhichSubstance'],
          'needs a "criterion" or "warning-sign" measure: "which of them?" follows only a met sign',
        ),
      );
    }
  });
  return found;
}

function checkMeasures(definition: QuestionnaireDefinition): Located[] {
  const found: Located[] = [];
  const substanceCodes = new Set(definition.substances.map((s) => s.code));
  definition.items.forEach((item, i) => {
    const codes = new Set((item.options ?? []).map((o) => o.code));
    item.measures.forEach((measure, m) => {
      const named =
        measure.type === 'criterion'
          ? { key: 'metBy', codes: measure.metBy }
          : measure.type === 'flag'
            ? { key: 'raisedBy', codes: measure.raisedBy }
            : measure.type === 'prescription'
              ? { key: 'asPrescribedBy', codes: measure.asPrescribedBy }
              : measure.type === 'relative-concern'
                ? { key: 'raisedBy', codes: measure.raisedBy }
                : measure.type === 'warning-sign'
                  ? { key: 'metBy', codes: measure.metBy }
                  : measure.type === 'pregnancy'
                    ? { key: 'pregnantBy', codes: measure.pregnantBy }
                    : undefined;
      named?.codes.forEach((c, k) => {
        if (!codes.has(c)) {
          found.push(
            problem(['items', i, 'measures', m, named.key, k], `unknown option code "${c}"`),
          );
        } else if (item.options?.find((o) => o.code === c)?.unknown) {
          found.push(
            problem(
              ['items', i, 'measures', m, named.key, k],
              `"${c}" means "don't know", so it cannot meet or raise anything`,
            ),
          );
        }
      });
      // The voices are the audience's answers: self, relative, clinician.
      if (measure.type === 'audience') {
        (item.options ?? []).forEach((o, k) => {
          if (!(voices as readonly string[]).includes(o.code)) {
            found.push(
              problem(
                ['items', i, 'options', k, 'code'],
                `an audience option is one of ${voices.map((v) => `"${v}"`).join(', ')}`,
              ),
            );
          }
        });
      }
      // Drinking days are the days of one week.
      if (
        measure.type === 'consumption' &&
        measure.figure === 'drinking-days' &&
        (item.kind !== 'number' || item.min !== 0 || item.max !== 7)
      ) {
        found.push(problem(['items', i], 'a drinking-days item is a number item from 0 to 7 days'));
      }
      // Scoring reads days a week from these answers, never their codes.
      if (
        measure.type === 'consumption' &&
        (measure.figure === 'frequency' || measure.figure === 'heavy-days')
      ) {
        (item.options ?? []).forEach((o, k) => {
          if (o.perWeek === undefined) {
            found.push(
              problem(['items', i, 'options', k], `a ${measure.figure} option needs "perWeek"`),
            );
          }
        });
      }
      // Scoring and help read the ages of the answer, never its code.
      if (measure.type === 'age-group') {
        (item.options ?? []).forEach((o, k) => {
          if (o.ages === undefined) {
            found.push(problem(['items', i, 'options', k], 'an age-group option needs "ages"'));
          } else if (o.ages.to !== undefined && o.ages.to < o.ages.from) {
            found.push(
              problem(['items', i, 'options', k, 'ages', 'to'], 'must not be below "from"'),
            );
          }
        });
      }
      if (measure.type === 'substances') {
        (item.options ?? []).forEach((o, k) => {
          if (!o.exclusive && !substanceCodes.has(o.code)) {
            found.push(
              problem(['items', i, 'options', k, 'code'], `unknown substance "${o.code}"`),
            );
          }
        });
        definition.substances.forEach((s, k) => {
          if (!codes.has(s.code)) {
            found.push(problem(['substances', k], `substance "${s.code}" is not offered`));
          }
        });
      }
    });
    for (const key of ['forEachSubstance', 'substanceScope'] as const) {
      const set = item[key];
      if (!Array.isArray(set)) continue;
      set.forEach((c, k) => {
        if (!substanceCodes.has(c)) {
          found.push(problem(['items', i, key, k], `unknown substance "${c}"`));
        }
      });
    }
  });
  const substanceItems = definition.items.filter((item) =>
    item.measures.some((m) => m.type === 'substances'),
  );
  if (substanceItems.length !== 1) {
    found.push(problem(['items'], 'exactly one item must measure "substances"'));
  }
  const audienceItems = definition.items.filter((item) =>
    item.measures.some((m) => m.type === 'audience'),
  );
  if (audienceItems.length > 1) {
    found.push(problem(['items'], 'at most one item may measure "audience"'));
  } else if (audienceItems[0] && definition.items[0] !== audienceItems[0]) {
    found.push(
      problem(['items'], 'the "audience" item comes first: it sets the voice of the rest'),
    );
  }
  return found;
}

function checkCriteria(definition: QuestionnaireDefinition): Located[] {
  const measured = new Set(
    definition.items.flatMap((item) =>
      item.measures.flatMap((m) => (m.type === 'criterion' ? [m.criterion] : [])),
    ),
  );
  return criterionIds
    .filter((id) => !measured.has(id))
    .map((id) => {
      const at = definition.criteria.findIndex((c) => c.id === id);
      return problem(
        at >= 0 ? ['criteria', at] : ['criteria'],
        `criterion "${id}" is measured by no item`,
      );
    });
}

/** Per-substance and scoped items are shown by the substances chosen, so they must come after. */
function checkSubstanceOrder(definition: QuestionnaireDefinition): Located[] {
  const substancesAt = definition.items.findIndex((item) =>
    item.measures.some((m) => m.type === 'substances'),
  );
  if (substancesAt < 0) return [];
  const substancesId = definition.items[substancesAt]?.id;
  const found: Located[] = [];
  definition.items.forEach((item, i) => {
    if (i > substancesAt) return;
    for (const key of ['forEachSubstance', 'substanceScope'] as const) {
      if (item[key] === undefined) continue;
      found.push(
        problem(
          ['items', i, key],
          `depends on the substances chosen in "${substancesId}", which is not asked before`,
        ),
      );
    }
  });
  return found;
}

function unknownItemMessage(definition: QuestionnaireDefinition, id: string): string {
  const perSubstance = definition.items.find((item) => item.id === id && item.forEachSubstance);
  if (!perSubstance) return `unknown item "${id}"`;
  return `unknown item "${id}": it is asked once per substance, so name one page, like "${id}.<substance>"`;
}

/** Conditions may read only earlier items, with codes those items offer, and never form a cycle. */
function checkConditions(definition: QuestionnaireDefinition): Located[] {
  // Without a substances item there are no pages to lay out; checkMeasures reports that.
  if (!definition.items.some((item) => item.measures.some((m) => m.type === 'substances'))) {
    return [];
  }
  const found: Located[] = [];
  const steps = expandSteps(definition);
  const stepIndex = new Map(steps.map((s, i) => [s.id, i]));
  const stepCodes = new Map(steps.map((s) => [s.id, new Set(s.options.map((o) => o.code))]));
  const reads = new Map<string, string[]>();
  definition.items.forEach((item, i) => {
    if (!item.showIf) return;
    const ownIndex = steps.findIndex((s) => s.itemId === item.id);
    const refs = conditionReferences(item.showIf, ['items', i, 'showIf']);
    reads.set(
      item.id,
      refs.map((r) => steps.find((s) => s.id === r.item)?.itemId ?? r.item),
    );
    for (const ref of refs) {
      const at = stepIndex.get(ref.item);
      if (at === undefined) {
        found.push(problem([...ref.path, 'item'], unknownItemMessage(definition, ref.item)));
        continue;
      }
      if (at >= ownIndex) {
        found.push(
          problem([...ref.path, 'item'], `refers to "${ref.item}", which is not asked before`),
        );
      }
      ref.codes.forEach((c, k) => {
        if (!stepCodes.get(ref.item)?.has(c)) {
          const path = ref.codesKey ? [...ref.path, ref.codesKey, k] : ref.path;
          found.push(problem(path, `item "${ref.item}" has no option "${c}"`));
        }
      });
    }
  });
  found.push(...findCycles(reads, definition));
  return found;
}

function findCycles(
  reads: ReadonlyMap<string, readonly string[]>,
  definition: QuestionnaireDefinition,
): Located[] {
  const found: Located[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const key = [...cycle].sort().join();
      if (!reported.has(key)) {
        reported.add(key);
        const at = definition.items.findIndex((item) => item.id === id);
        found.push(
          problem(['items', at, 'showIf'], `conditions form a cycle: ${cycle.join(' → ')}`),
        );
      }
      return;
    }
    state.set(id, 'visiting');
    for (const next of reads.get(id) ?? []) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of reads.keys()) visit(id, []);
  return found;
}

/** Every cross-reference rule the schema alone cannot express. */
export function checkDefinition(definition: QuestionnaireDefinition): Located[] {
  const structural = [...checkUniqueness(definition), ...checkItemShapes(definition)];
  if (structural.length > 0) return structural;
  return [
    ...checkMeasures(definition),
    ...checkCriteria(definition),
    ...checkSubstanceOrder(definition),
    ...checkConditions(definition),
  ];
}
