package lv.pietura.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF is handed to the signature validation only when it holds a signature dictionary's byte range. */
class SignaturesTest {

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path directory;

    @Test
    void theByteRangeIsFoundWhereverItStandsAndNotWhereItDoesNot() throws Exception {
        byte[] large = new byte[200_000];
        java.util.Arrays.fill(large, (byte) ' ');
        byte[] text = "<</Type/Sig/ByteRange [0 100 200 300]>>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, large, 65_530, text.length); // across the reading buffer's edge
        Path signed = Files.write(directory.resolve("signed.pdf"), large);
        assertThat(Signatures.contains(signed, BYTE_RANGE)).isTrue();

        Path unsigned = Files.write(
                directory.resolve("unsigned.pdf"), "%PDF-1.7 /Byte /ByteRang /Range //ByteRangX".getBytes());
        assertThat(Signatures.contains(unsigned, BYTE_RANGE)).isFalse();
        Path repeated = Files.write(directory.resolve("repeated.pdf"), "///ByteRange".getBytes());
        assertThat(Signatures.contains(repeated, BYTE_RANGE)).isTrue();
    }
}
