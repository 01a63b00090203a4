/**
 * The store as a graph for visualisers: entities as nodes, claims aggregated into edges (or kept as nodes), written as
 * GEXF, GraphML, DOT, Cytoscape.js JSON and Neo4j import CSV; and the store itself as RDF through Jena RIOT.
 */
package org.techmil.export;
