package brief

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of the newsbrief/1 contract, shipped inside the binary
// so that `newsbrief schema` can print it.
//
//go:embed newsbrief-1.schema.json
var JSONSchema []byte
