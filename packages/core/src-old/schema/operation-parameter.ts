/** One parameter of an operation as the loader hands it to the input flattening. */

/** One parameter of the operation (refs resolved, path-level ones merged) and where it sits in the spec. */
export interface OperationParameter {
  parameter: Record<string, unknown>;
  pointer: string;
}
