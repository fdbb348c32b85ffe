/** The parameters an operation's auth fills in, which the input flattening leaves out. */

/** Wire names (header names lower-cased) that auth supplies, so the model never sees them. */
export interface SuppliedParameters {
  header: Set<string>;
  query: Set<string>;
  cookie: Set<string>;
}
