"""Article analysis: parse (spaCy, cached), summary, entities and figures."""
