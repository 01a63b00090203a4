/** Reading inputs (files, folders, URLs) into raw articles, and rejecting what is not an article. */
package org.techmil.ingest;
