/**
 * The index graph: one small summary of the store's entities (one label, their types, other names, Wikidata ids, and
 * counts of the articles and claims that name them), rebuilt after every build and list import so that curated queries
 * read it instead of every article graph's copy of an entity's label.
 */
package org.techmil.index;
