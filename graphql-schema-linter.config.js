// graphql-schema-linter (`npm run lint:schema`, part of `npm run lint`) over the committed schema.graphql.
// Every rule is listed, so a linter upgrade that adds one does not switch it on unseen: the project
// keeps all nineteen of version 3.0.1's rules today; drop one here, with the reason, before relaxing it.
module.exports = {
  schemaPaths: ['schema.graphql'],
  rules: [
    // A client reads the schema as the API's manual: everything it sees says what it is, the rules
    // that apply and, on operations, the error codes it can answer.
    'types-have-descriptions',
    'fields-have-descriptions',
    'arguments-have-descriptions',
    'input-object-values-have-descriptions',
    'enum-values-have-descriptions',
    'descriptions-are-capitalized',
    'deprecations-have-a-reason',
    // Naming as PRODUCT.md's contract spells it (its names never change).
    'types-are-capitalized',
    'fields-are-camel-cased',
    'input-object-values-are-camel-cased',
    'enum-values-all-caps',
    // Lists are Relay cursor connections (PRODUCT.md section 5).
    'relay-connection-types-spec',
    'relay-connection-arguments-spec',
    'relay-page-info-spec',
    // The api prints the schema sorted (sortSchema), so a change shows in review as one line, not a reshuffle.
    'type-fields-sorted-alphabetically',
    'input-object-fields-sorted-alphabetically',
    'interface-fields-sorted-alphabetically',
    'enum-values-sorted-alphabetically',
    // A type nothing reaches is dead contract.
    'defined-types-are-used',
  ],
};
