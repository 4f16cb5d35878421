/**
 * Version of the saved SMART data. No validation library here: the page imports it freely,
 * while schema.ts (the checks) loads only when data from outside the page must be checked.
 * To change the saved shape: bump SCHEMA_VERSION, change schema.ts and add a migration in
 * definition.ts (with a test).
 */
export const SCHEMA_VERSION = 2;
