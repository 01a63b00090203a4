/** Claims to RDF with the ontology's terms: one named graph per article, stable IRIs, standards alignment. */
package org.techmil.rdf;
