"""The namespace IRIs of the graph by prefix, as plain strings: the one place they are spelled.

kg.vocab makes rdflib Namespace objects of them; kg.query reads them from here, so that `kg query` starts
without importing rdflib (half a second on every call).
"""
PREFIX_IRIS = {
    "kg": "https://w3id.org/kg-cn/ontology#",
    "kgr": "https://w3id.org/kg-cn/resource/",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
