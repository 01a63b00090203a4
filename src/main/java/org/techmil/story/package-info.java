/**
 * Stories across articles: which articles tell the same story (shingles and MinHash over the cleaned bodies, plus the
 * same claims between the same parties in a date window), which outlet published each one and which source it
 * credits, and the tm:Assertion nodes that gather every claim of one (type, subject, object) with its corroboration
 * counts; also the timeline of an entity and the contradictions between reports. Everything here is rebuilt from the
 * store's article graphs into one named graph of its own.
 */
package org.techmil.story;
