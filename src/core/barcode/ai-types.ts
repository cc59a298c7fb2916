// The shape of one GS1 Application Identifier as read from the GS1 Barcode Syntax Dictionary;
// gs1-ai-table.ts (generated) holds the data, these types are what the rest of core reads.

/** Character types of the dictionary: digits, CSET 82, CSET 39, file-safe base64. */
export const AiCharType = { N: 'N', X: 'X', Y: 'Y', Z: 'Z' } as const;
export type AiCharType = (typeof AiCharType)[keyof typeof AiCharType];

/** One component of an AI's data field, e.g. `N6,yymmd0` or `[X..17]`. */
export interface AiComponent {
  readonly type: AiCharType;
  readonly min: number;
  readonly max: number;
  /** Optional components may be left out once the data is exhausted. */
  readonly optional: boolean;
  /** Names of the dictionary's linter procedures (csum, yymmd0, iso3166...). */
  readonly linters: readonly string[];
}

export interface AiDefinition {
  readonly ai: string;
  readonly title: string;
  /** Dictionary flag `*`: pre-defined length, never followed by a GS (FNC1) separator. */
  readonly predefinedLength: boolean;
  /** Dictionary flag `?`: may appear as a GS1 Digital Link query attribute. */
  readonly dlDataAttribute: boolean;
  readonly components: readonly AiComponent[];
  /**
   * Present when the AI is a Digital Link primary key: each inner list is one alternative
   * sequence of ordered, optional qualifier AIs (`[[]]` for a key without qualifiers).
   */
  readonly dlPrimaryKey?: readonly (readonly string[])[];
  /**
   * Each `req=` attribute: a list of alternatives, each alternative a set of AI patterns that
   * must all be present (`n` in a pattern matches any digit). Every attribute must be met.
   */
  readonly requires?: readonly (readonly (readonly string[])[])[];
  /** `ex=`: AI patterns that must not appear together with this AI. */
  readonly excludes?: readonly string[];
}
