package org.techmil.annotate;

/**
 * One sentence (or one heading or bullet line) of the body.
 *
 * @param index      position among the body's sentences
 * @param span       its extent, trimmed of surrounding white space
 * @param firstToken index of its first token
 * @param endToken   index one past its last token
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {
}
