"""Statements to RDF, and the Oxigraph store that holds them."""
