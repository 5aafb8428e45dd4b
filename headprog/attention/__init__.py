"""Recording attention: extraction from a model into the attention store, and reading the store."""
