/**
 * Links the graph to the world outside the articles: Wikidata (reconciliation by name, enrichment of linked
 * entities) and the official designation lists (US Consolidated Screening List, OpenSanctions), each kept in
 * named graphs of its own with provenance, never touched by rebuilding articles.
 */
package org.techmil.link;
