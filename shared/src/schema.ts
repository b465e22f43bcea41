import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

/** A schema that accepts exactly one of `values`, typed as their union. */
export function literalUnion<const T extends readonly string[]>(
  values: T,
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((value) => Type.Literal(value)));
}
