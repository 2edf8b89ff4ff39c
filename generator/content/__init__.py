"""Reading and checking content: YAML with positions, the schema, the typed model, dates."""
