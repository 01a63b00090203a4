/** Thin picocli commands over the pipeline stages: build, clean, extract, query, validate. */
package org.techmil.cli;
