package org.techmil.clean;

import org.junit.jupiter.api.Test;
import org.techmil.ingest.InputFormat;
import org.techmil.ingest.RawArticle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodingTest {
    private final Cleaner cleaner = new Cleaner();

    @Test
    void windows1252PageWithMetaCharsetDecodesQuotesAndAccents() throws Exception {
        String page = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
                <article><p>The café’s owner said the “defence” contract — signed in Zürich — was worth €2 million to the firm.</p>
                <p>Engineers from the company will spend the next year adapting the sensors for naval use, she added.</p></article>
                </body></html>
                """;
        CleanedArticle a = cleaner.clean(Fixtures.html("cp1252.html", page, Charset.forName("windows-1252")));
        assertTrue(a.body().contains("The café’s owner said the “defence” contract — signed in Zürich — was worth €2 million"), a.body());
    }

    @Test
    void latin1DeclarationOnValidUtf8IsReadAsUtf8() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Zürich’s robotics lab signed a research deal with the army, the university said in a statement on Tuesday.</p></body></html>";
        CleanedArticle a = cleaner.clean(Fixtures.html("mislabelled.html", page, StandardCharsets.UTF_8));
        assertTrue(a.body().startsWith("Zürich’s robotics lab"), a.body());
    }

    @Test
    void utf8ByteOrderMarkIsDroppedAndTextKept() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write("Satellite Start-up Raises Funds\n\nA satellite start-up in Kraków said it raised €40 million from investors including a defence fund.\n"
                .getBytes(StandardCharsets.UTF_8));
        CleanedArticle a = cleaner.clean(new RawArticle("bom.txt", out.toByteArray(), InputFormat.TEXT));
        assertEquals("A satellite start-up in Kraków said it raised €40 million from investors including a defence fund.", a.body());
        assertFalse(a.body().contains("\uFEFF"));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        String text = "Navy Tests Autonomous Boat\n\nThe navy said on Wednesday that its first autonomous patrol boat had completed a week of sea trials.\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        CleanedArticle a = cleaner.clean(new RawArticle("utf16.txt", bytes, InputFormat.TEXT));
        assertTrue(a.body().startsWith("The navy said on Wednesday"), a.body());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        byte[] bytes = "Le ministère a signé un contrat avec la société pour des radars côtiers, a-t-il annoncé mardi.".getBytes(Charset.forName("windows-1252"));
        CleanedArticle a = cleaner.clean(new RawArticle("latin.txt", bytes, InputFormat.TEXT));
        assertTrue(a.body().contains("ministère a signé"), a.body());
    }
}
