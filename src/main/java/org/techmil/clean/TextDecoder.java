package org.techmil.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides the character set of raw bytes and decodes them, changing nothing but line endings. */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** The outcome of looking at the bytes. */
    record Decoded(String text, Charset charset, boolean binary) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, boolean html) {
        int skip = 0;
        Charset cs = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
            cs = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            skip = 2;
            cs = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            skip = 2;
            cs = StandardCharsets.UTF_16BE;
        }
        if (cs == null && looksBinary(bytes))
            return new Decoded("", StandardCharsets.UTF_8, true);
        if (cs == null && html)
            cs = declaredCharset(bytes);
        if (cs != null && isSingleByteLatin(cs) && hasMultibyteUtf8(bytes) && strictUtf8(bytes, 0) != null)
            cs = StandardCharsets.UTF_8; // a page that declares Latin-1 but is valid UTF-8 is UTF-8
        String text;
        if (cs == null) {
            text = strictUtf8(bytes, 0);
            cs = StandardCharsets.UTF_8;
            if (text == null) {
                if (mostlyUtf8(bytes)) {
                    text = new String(bytes, StandardCharsets.UTF_8);
                } else {
                    cs = WINDOWS_1252;
                    text = new String(bytes, WINDOWS_1252);
                }
            }
        } else {
            text = new String(bytes, skip, bytes.length - skip, cs);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF')
            text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new Decoded(text, cs, controlShare(text) > 0.05);
    }

    /** NUL bytes or many control bytes in the first 64 KiB mean this is not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0)
                return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B)
                control++;
        }
        return n > 0 && control > n * 0.05;
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != 0x1B) || c == '\uFFFD')
                control++;
        }
        return n == 0 ? 0 : (double) control / n;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Matcher x = XML_ENCODING.matcher(head);
        String name = m.find() ? m.group(1) : x.find() ? x.group(1) : null;
        if (name == null)
            return null;
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("iso-8859-1") || key.equals("latin1") || key.equals("latin-1") || key.equals("us-ascii")
                || key.equals("ascii") || key.equals("iso8859-1"))
            return WINDOWS_1252; // what browsers do
        if (key.startsWith("utf-16"))
            return StandardCharsets.UTF_8; // a UTF-16 page without BOM would not have readable ASCII meta
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isSingleByteLatin(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.equals("windows-1252") || n.startsWith("iso-8859") || n.equals("us-ascii");
    }

    private static boolean hasMultibyteUtf8(byte[] bytes) {
        for (byte b : bytes)
            if ((b & 0xC0) == 0xC0)
                return true;
        return false;
    }

    private static String strictUtf8(byte[] bytes, int skip) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Counts well-formed multi-byte sequences against stray high bytes; a few strays in real UTF-8 are tolerated. */
    private static boolean mostlyUtf8(byte[] b) {
        int good = 0;
        int bad = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80)
                continue;
            int len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            if (len == 0 || c >= 0xF5) {
                bad++;
                continue;
            }
            boolean ok = i + len <= b.length;
            for (int k = 1; ok && k < len; k++)
                ok = (b[i + k] & 0xC0) == 0x80;
            if (ok) {
                good++;
                i += len - 1;
            } else {
                bad++;
            }
        }
        return good > 0 && bad * 10 <= good;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length)
            return false;
        for (int i = 0; i < prefix.length; i++)
            if ((b[i] & 0xFF) != prefix[i])
                return false;
        return true;
    }
}
