/** The clean stage: decodes raw pages and scrapes, extracts the article's main text and its headline, date, author and URL. */
package org.techmil.clean;
