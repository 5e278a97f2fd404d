"""The ontology, SHACL shapes and ready SPARQL queries, installed as the package data of kg.ontology."""
