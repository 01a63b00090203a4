/** Spans over a cleaned body: tokens, sentences and quoted speech, the ground that extraction stands on. */
package org.techmil.annotate;
