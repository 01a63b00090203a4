/** The TDB2 dataset: open, replace article graphs in transactions, query with SPARQL, validate with SHACL. */
package org.techmil.store;
