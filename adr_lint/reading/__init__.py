"""The reading: what a record's prose says. Sentences and clauses
(`text`), the framework it chooses (`decision`), the criteria it weighs and
the needs it states (`criteria`), brought together per file (`analysis`).

Imports `document` and `knowledge`; never the checks or the engine.
"""
