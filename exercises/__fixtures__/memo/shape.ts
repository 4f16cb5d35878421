/** Constants of the saved memo shape. */
export const SCHEMA_VERSION = 1;
