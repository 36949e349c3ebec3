"""spaCy components of the kg pipeline; registration lives in ``kg.nlp.factories``."""
