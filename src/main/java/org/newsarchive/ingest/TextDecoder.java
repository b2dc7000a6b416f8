package org.newsarchive.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Bytes to text, refusing what is not text: empty input, binary files and anything but UTF-8. */
final class TextDecoder {

    private static final int SNIFFED = 8192;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableInputException("The file is empty.");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("The file is binary, not text.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new UnreadableInputException("The file is not UTF-8 text; save it as UTF-8 and import it again.");
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException("The file is not UTF-8 text.");
        }
        if (text.isBlank() || text.strip().equals("\uFEFF")) {
            throw new UnreadableInputException("The file holds only white space.");
        }
        return text;
    }

    /** A NUL byte, or many control characters, in the first few kilobytes. */
    private static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFFED);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > length / 10;
    }
}
