package org.techmil.export;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small indenting layer over the JDK's StAX writer, for the XML formats (GEXF, GraphML). */
final class Xml implements AutoCloseable {
    private final XMLStreamWriter w;
    private int depth;
    private boolean hadChild;

    Xml(OutputStream out) {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Opens element {@code name} with attributes given as name, value pairs; null values are left out. */
    Xml open(String name, String... attrs) {
        return element(name, false, attrs);
    }

    /** Writes an empty element. */
    Xml empty(String name, String... attrs) {
        return element(name, true, attrs);
    }

    /** Writes {@code <name attrs>text</name>} on one line. */
    Xml text(String name, String text, String... attrs) {
        try {
            newline();
            w.writeStartElement(name);
            attributes(attrs);
            w.writeCharacters(clean(text));
            w.writeEndElement();
            hadChild = true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Xml namespace(String prefix, String uri) {
        try {
            if (prefix.isEmpty())
                w.writeDefaultNamespace(uri);
            else
                w.writeNamespace(prefix, uri);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Xml close(String name) {
        try {
            depth--;
            if (hadChild)
                newline();
            w.writeEndElement();
            hadChild = true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("closing " + name + ": " + e.getMessage(), e);
        }
        return this;
    }

    private Xml element(String name, boolean empty, String... attrs) {
        try {
            newline();
            if (empty)
                w.writeEmptyElement(name);
            else
                w.writeStartElement(name);
            attributes(attrs);
            if (!empty)
                depth++;
            hadChild = empty;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private void attributes(String... attrs) throws XMLStreamException {
        for (int i = 0; i + 1 < attrs.length; i += 2)
            if (attrs[i + 1] != null)
                w.writeAttribute(attrs[i], clean(attrs[i + 1]));
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Drops the characters XML 1.0 cannot carry (controls other than tab, newline, carriage return). */
    static String clean(String s) {
        if (s == null)
            return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                .filter(c -> c != 0xFFFE && c != 0xFFFF).forEach(b::appendCodePoint);
        return b.toString();
    }

    @Override
    public void close() {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
