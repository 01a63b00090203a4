package org.techmil.clean;

import org.junit.jupiter.api.Test;
import org.techmil.ingest.InputException;
import org.techmil.ingest.InputFormat;
import org.techmil.ingest.RawArticle;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RejectionTest {
    private final Cleaner cleaner = new Cleaner();

    private InputException rejected(RawArticle raw) {
        return assertThrows(InputException.class, () -> cleaner.clean(raw));
    }

    @Test
    void emptyFileIsRejectedNamingTheInput() {
        InputException e = rejected(new RawArticle("empty.txt", new byte[0], InputFormat.TEXT));
        assertEquals("empty.txt", e.input());
        assertTrue(e.getMessage().contains("empty input"), e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsRejectedAsEmpty() {
        InputException e = rejected(Fixtures.text("blank.txt", " \n\t\r\n  "));
        assertTrue(e.getMessage().startsWith("blank.txt: empty input"), e.getMessage());
    }

    @Test
    void binaryContentIsRejected() {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++)
            bytes[i] = (byte) (i * 37);
        InputException e = rejected(new RawArticle("image.png", bytes, InputFormat.TEXT));
        assertEquals("image.png", e.input());
        assertTrue(e.getMessage().contains("binary content"), e.getMessage());
    }

    @Test
    void pageWithoutArticleTextIsRejected() {
        InputException e = rejected(Fixtures.text("menu.txt", "Home\nNews\nSport\nWeather\nLatest\nContact us\n"));
        assertTrue(e.getMessage().contains("no article text found"), e.getMessage());
        InputException h = rejected(new RawArticle("shell.html",
                "<html><body><nav><a href='/'>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8), InputFormat.HTML));
        assertTrue(h.getMessage().contains("no article text found"), h.getMessage());
    }

    @Test
    void textOfShortLinesWithNoParagraphIsReadNotRefused() throws Exception {
        CleanedArticle a = new Cleaner().clean(Fixtures.text("notes.txt",
                "Pelmor Drones signed\na supply deal with\nthe Indian Army for\n40 quadcopters\n"));
        assertTrue(a.body().contains("the Indian Army for"), a.body());
    }
}
