// Enum values and types of the schema, importable anywhere (client components
// included): the generated client itself stays behind lib/db and data modules.
export * from "./generated/enums";
