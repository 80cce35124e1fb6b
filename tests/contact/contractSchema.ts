import { z } from 'zod';
import schema from '../../docs/contact-api.schema.json';

type Alternatives = { required: string[] }[];

// zod reads the documented schema but not a top-level "anyOf" of required fields: that one rule is
// checked by hand, from the same file.
const { anyOf, ...structure } = schema as typeof schema & { anyOf: Alternatives };
const structural = z.fromJSONSchema(structure as Parameters<typeof z.fromJSONSchema>[0]);

/** The problems docs/contact-api.schema.json finds in a request body; none when it conforms. */
export function contractProblems(body: unknown): string[] {
  const result = structural.safeParse(body);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const fields = typeof body === 'object' && body !== null ? Object.keys(body) : [];
  if (!anyOf.some((alternative) => alternative.required.every((f) => fields.includes(f)))) {
    problems.push(`needs one of ${anyOf.map((a) => a.required.join('+')).join(', ')}`);
  }
  return problems;
}

/** A response body checked against one of the schema's `$defs` ("accepted", "rejected"). */
export function conformsTo(definition: 'accepted' | 'rejected', body: unknown): boolean {
  const part = { $schema: schema.$schema, ...schema.$defs[definition] };
  return z.fromJSONSchema(part as Parameters<typeof z.fromJSONSchema>[0]).safeParse(body).success;
}
