"""The extraction rules, one concern per module, combined by ``kg.nlp.components.relations``."""
