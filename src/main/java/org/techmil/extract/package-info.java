/**
 * Entities and claims from annotated text. The gazetteer, word lists and claim frames are data in
 * {@code extractor/}; the classes here only apply them.
 */
package org.techmil.extract;
