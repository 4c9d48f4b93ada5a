/**
 * The contract (api/openapi.yaml) as Fastify's validator sees it: its component schemas,
 * registered once under the id `contract`, so a route names its body schema by reference
 * (`contract#/components/schemas/LoginRequest`) instead of a copy. The YAML is bundled into
 * the server at build time.
 */
import type { FastifyInstance } from 'fastify';
import { parse } from 'yaml';
import contractText from '../api/openapi.yaml?raw';

interface OpenApiDoc {
  components: { schemas: Record<string, unknown> };
}

export const contract = parse(contractText) as OpenApiDoc;

export function registerContract(app: FastifyInstance) {
  app.addSchema({ $id: 'contract', components: { schemas: contract.components.schemas } });
}

/** A reference to one of the contract's component schemas. */
export const ref = (name: string) => ({ $ref: `contract#/components/schemas/${name}` });
