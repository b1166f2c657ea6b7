import { ODD_JSON_VALUES } from "../helpers/fuzz";
import { RawReply } from "./server-actions";

export { paths, random, replaced, type Path } from "../helpers/fuzz";

// The seeded odd values of the server actions fuzz: the API fuzz's JSON values
// (tests/helpers/fuzz.ts), plus what React's reply encoding adds.

export const ODD_VALUES: (() => unknown)[] = [
  ...ODD_JSON_VALUES,
  // Strings that look like React's reply references (sent escaped, "$$…", as React would).
  () => "$@0",
  () => "$undefined",
  // Values React's encodeReply writes for JavaScript values that JSON has not.
  () => new RawReply("$undefined"),
  () => new RawReply("$NaN"),
  () => new RawReply("$-Infinity"),
  () => new RawReply("$-0"),
  () => new RawReply("$n123456789012345678901234567890"),
  () => new RawReply("$D2024-05-24T00:00:00.000Z"),
  () => new RawReply("$Dpas une date"),
  // References a hostile client may write: to the arguments themselves (a cycle), to a client value.
  () => new RawReply("$@0"),
  () => new RawReply("$T"),
];

export function describeValue(value: unknown): string {
  const text = value instanceof RawReply ? `raw ${value.text}` : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
