package org.techmil.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a graph view in one file format. */
interface ViewWriter {
    void write(GraphView view, OutputStream out) throws IOException;
}
