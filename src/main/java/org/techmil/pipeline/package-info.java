/** The stages wired together: one article through clean, extract and RDF, and builds of many into a store. */
package org.techmil.pipeline;
