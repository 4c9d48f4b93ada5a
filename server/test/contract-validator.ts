/**
 * Checks a response against api/openapi.yaml: the operation is found by method and path
 * template, the status must be one the contract lists, and the body must match its schema
 * (OpenAPI 3.1 schemas are JSON Schema 2020-12, which Ajv 2020 reads as they are).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { contract } from '../contract';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: unknown }> } | { $ref: string }>;
}
type Doc = typeof contract & {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
};
const doc = contract as Doc;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'contract', components: doc.components });

const templates = Object.keys(doc.paths).map((t) => ({
  template: t,
  re: new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

export function operationFor(method: string, path: string) {
  const bare = path.replace(/^\/api\/v1/, '').split('?')[0]!;
  const found = templates.find((t) => t.re.test(bare));
  return found ? doc.paths[found.template]?.[method.toLowerCase()] : undefined;
}

/** Throws with a readable reason when the answer breaks the contract. */
export function assertMatchesContract(
  method: string,
  path: string,
  status: number,
  contentType: string | null,
  body: unknown,
) {
  const op = operationFor(method, path);
  if (!op) throw new Error(`${method} ${path} is not in the contract`);
  let response = op.responses[String(status)];
  if (!response)
    throw new Error(`${method} ${path} answered ${status}, which the contract does not list`);
  if ('$ref' in response) {
    const name = response.$ref.split('/').at(-1)!;
    response = doc.components.responses[name]!;
  }
  if (!response.content) {
    if (body !== null && body !== '')
      throw new Error(`${method} ${path} ${status} should have no body`);
    return;
  }
  const mediaType = (contentType ?? '').split(';')[0]!.trim();
  const media = response.content[mediaType];
  if (!media) {
    throw new Error(
      `${method} ${path} ${status}: content type ${mediaType} not in [${Object.keys(response.content).join(', ')}]`,
    );
  }
  const key = JSON.stringify(media.schema);
  let validate = compiled.get(key);
  if (!validate) {
    // The schema's own refs point into the contract document.
    validate = ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"contract#/components/')));
    compiled.set(key, validate);
  }
  if (!validate(body)) {
    throw new Error(
      `${method} ${path} ${status} breaks the contract: ${ajv.errorsText(validate.errors)}`,
    );
  }
}

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
