// Each local API operation's handler, typed from openapi.yaml's generated `operations`: path params, body, replies.
import type {
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteHandlerMethod,
} from 'fastify';
import type { operations } from '../../src/api/schema.gen.ts';

/** The operations served under /v1 (getConsoleConfig is /config.json, served by its own plugin). */
export type OperationId = Exclude<keyof operations, 'getConsoleConfig'>;

type JsonOf<Content> = Content extends { 'application/json': infer Json } ? Json : undefined;

type PathOf<Op> = Op extends { parameters: { path: infer Path } } ? Path : Record<string, never>;

/**
 * Query parameters by name, as the raw strings they arrive as: the routes validate path and body
 * against the contract, not the query string, so a handler checks the values it reads.
 */
type QueryOf<Op> = Op extends { parameters: { query?: infer Query } }
  ? [Query] extends [undefined]
    ? Record<string, never>
    : { [Name in keyof NonNullable<Query>]?: string }
  : Record<string, never>;

/** A left-out optional body reaches the handler as {} (the local API's preValidation hook). */
type BodyOf<Op> = Op extends { requestBody?: { content: infer Content } } ? JsonOf<Content> : undefined;

type SuccessStatus = 200 | 201 | 202 | 204;

/** Only the 2xx answers: failures leave as thrown ApiFailures, through the error handler. */
type RepliesOf<Op> = Op extends { responses: infer Responses }
  ? {
      [Status in keyof Responses & SuccessStatus]: Responses[Status] extends { content: infer Content }
        ? JsonOf<Content>
        : undefined;
    }
  : never;

export interface OperationRoute<Id extends OperationId> {
  Params: PathOf<operations[Id]>;
  Querystring: QueryOf<operations[Id]>;
  Body: BodyOf<operations[Id]>;
  Reply: RepliesOf<operations[Id]>;
}

export type OperationHandler<Id extends OperationId> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  OperationRoute<Id>
>;

/** Exactly one handler per operation: a missing or unknown operationId fails to compile. */
export type HandlerTable = { [Id in OperationId]: OperationHandler<Id> };
