/**
 * @module
 * TypeScript types of each operation's request and result on the wire, derived from the tables in
 * `operations.ts` and `types.ts` so they cannot drift from the WSDL.
 */
import type { OperationName, Operations } from './operations.ts'
import type { ComplexTypeName, Wire } from './types.ts'

type ScalarValue<S> = S extends 'string'
  ? string
  : S extends 'int' | 'decimal'
    ? number
    : S extends 'dateTime'
      ? string
      : S extends 'boolean'
        ? boolean
        : S extends 'dateTime?'
          ? string | null
          : S extends 'int?'
            ? number | null
            : S extends 'boolean?'
              ? boolean | null
              : never

/** The request elements of an operation (dates as zone-less local `YYYY-MM-DDTHH:mm:ss`). */
export type WireRequest<Op extends OperationName> = {
  -readonly [K in keyof Operations[Op]['request']]: ScalarValue<Operations[Op]['request'][K]>
}

type PayloadValue<F> = F extends { type: infer N extends ComplexTypeName }
  ? Wire<N> | undefined
  : F extends { list: infer N extends ComplexTypeName }
    ? Wire<N>[]
    : never

/** The `<Op>Result` of an operation: a bare TAuthenticate, or `Auth` plus the payload. */
export type WireResult<Op extends OperationName> = Operations[Op]['result'] extends {
  kind: 'wrapped'
  payload: infer P
}
  ? { Auth: Wire<'TAuthenticate'> } & { -readonly [K in keyof P]: PayloadValue<P[K]> }
  : Wire<'TAuthenticate'>
