/** {@code techmil serve}: the store as a read-only SPARQL endpoint (embedded Apache Jena Fuseki) and a browser page over it. */
package org.techmil.serve;
