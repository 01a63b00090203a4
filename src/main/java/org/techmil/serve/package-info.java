/** {@code techmil serve}: the store as a SPARQL endpoint (embedded Apache Jena Fuseki), read-only unless given a token, and a browser page over it. */
package org.techmil.serve;
