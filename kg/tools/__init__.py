"""Maintenance tools that regenerate data files under ``ontology/`` from their sources."""
