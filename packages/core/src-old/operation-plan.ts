/** How a tool's flattened input maps back onto one HTTP request: built by the loader, read by the invoker. */
import type { JsonSchema } from './json-schema';
import type { HttpMethod } from './tool-descriptor';

/** Where a parameter goes in the request. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** One parameter: which input property holds it and how it is serialised. */
export interface ParameterBinding {
  /** Key in the tool's input object (may differ from `name` after a clash or key sanitising). */
  property: string;
  /** Name on the wire. */
  name: string;
  in: ParameterLocation;
  /** OpenAPI style, defaulted per location (path: simple, query: form, header: simple, cookie: form). */
  style: string;
  explode: boolean;
  allowReserved: boolean;
  required: boolean;
  /** Set when the parameter uses `content` instead of `schema`: the value is serialised in this media type. */
  contentType?: string;
  /** The parameter's schema (resolved enough to know its type), for serialisation decisions. */
  schema: JsonSchema;
}

/** One body field spread into the input: input property -> wire name. */
export interface BodyField {
  property: string;
  name: string;
}

/** Per-property encoding of form and multipart bodies (OpenAPI `encoding`). */
export interface BodyEncoding {
  contentType?: string;
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
}

/** The request body: its media type and where its value sits in the input. */
export interface BodyBinding {
  /** The media type the invoker sends (chosen from `mediaTypes`). */
  mediaType: string;
  /** Every media type the spec offers, in spec order. */
  mediaTypes: string[];
  required: boolean;
  /**
   * 'spread': the body is an object whose properties sit beside the parameters (`fields` maps them back);
   * 'wrapped': the whole body is `input[property]` (non-object bodies, or object bodies that could not be spread).
   */
  mode: 'spread' | 'wrapped';
  property?: string;
  fields?: BodyField[];
  /** Names of spread fields whose extra keys beyond `fields` are allowed (additionalProperties): none if empty. */
  encoding?: Record<string, BodyEncoding>;
  /** The body schema for the chosen media type, with `$ref`s pointing into the tool's `$defs`. */
  schema: JsonSchema;
  /** Wire names of fields that carry files (format: binary / contentMediaType), for multipart and octet-stream. */
  binaryFields?: string[];
}

/** One security requirement alternative: scheme name -> scopes. All schemes in one object apply together. */
export type SecurityRequirement = Record<string, string[]>;

/** A security scheme of the spec, as the invoker needs it. */
export type SecurityScheme =
  | { type: 'http'; scheme: 'bearer' | 'basic' | string; bearerFormat?: string }
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }
  | { type: 'oauth2'; flows: { clientCredentials?: { tokenUrl: string; scopes?: Record<string, string> } } & Record<string, unknown> }
  | { type: 'openIdConnect'; openIdConnectUrl: string }
  | { type: string; [key: string]: unknown };

/** Everything the invoker needs to turn a validated input into a request. */
export interface OperationPlan {
  method: HttpMethod;
  /** The path template as in the spec: `/invoices/{invoiceId}`. */
  path: string;
  parameters: ParameterBinding[];
  body?: BodyBinding;
  /** Effective security: the operation's, else the document's; `[]` means none; `undefined` means unspecified. */
  security?: SecurityRequirement[];
  /** The document's security schemes, by name. */
  securitySchemes: Record<string, SecurityScheme>;
  /**
   * apiKey schemes whose parameter the operation declares required: sent whenever configured, beside the chosen
   * alternative (see schemesForRequiredParameters).
   */
  requiredSchemes?: string[];
  /** Operation- or path-level `servers` URLs, resolved; used only for origins the developer allowed. */
  servers?: string[];
  /** Media types of the success response, in spec order (for the Accept header). */
  responseMediaTypes: string[];
  /**
   * Set when the input schema renamed nested keys the providers refuse (`@href` -> `href`): maps the validated
   * input back to the spec's names. Top-level keys are mapped by `parameters` and `body.fields` instead.
   */
  restoreKeys?: (input: Record<string, unknown>) => Record<string, unknown>;
  /** Input properties the application fixed (`operations.bind`): absent from the input schema, refused in input, sent as given. */
  bound?: Record<string, unknown>;
}
