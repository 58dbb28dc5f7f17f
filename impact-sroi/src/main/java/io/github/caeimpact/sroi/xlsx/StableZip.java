package io.github.caeimpact.sroi.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a workbook so that the same content gives the same bytes: fastexcel stamps the
 * document's creation property with the time of writing.
 *
 * <p>The workbook is walked by its local headers rather than read with {@code ZipInputStream},
 * which cannot read the Zip64 data descriptors fastexcel writes after each entry.
 */
final class StableZip {

    /** The creation date written instead of now; also every entry's time (MS-DOS time starts in 1980). */
    static final Instant FIXED = Instant.parse("1980-01-01T00:00:00Z");

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private StableZip() {
    }

    /**
     * Copies a zip in entry order with every entry's time set to {@link #FIXED} and the creation
     * property of {@code docProps/core.xml} set to it.
     *
     * @param zip the workbook's bytes
     * @param out where to write; not closed
     * @throws ZipException if the bytes are not a zip of stored or deflated entries
     * @throws IOException if the stream fails
     */
    static void copy(byte[] zip, OutputStream out) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        ZipOutputStream copy = new ZipOutputStream(out);
        int position = 0;
        while (position + 30 <= zip.length && bytes.getInt(position) == LOCAL_HEADER) {
            int flags = Short.toUnsignedInt(bytes.getShort(position + 6));
            int method = Short.toUnsignedInt(bytes.getShort(position + 8));
            long storedSize = Integer.toUnsignedLong(bytes.getInt(position + 18));
            int nameLength = Short.toUnsignedInt(bytes.getShort(position + 26));
            int extraLength = Short.toUnsignedInt(bytes.getShort(position + 28));
            String name = new String(zip, position + 30, nameLength, StandardCharsets.UTF_8);
            int data = position + 30 + nameLength + extraLength;
            byte[] content;
            int end;
            if (method == ZipEntry.DEFLATED) {
                Inflater inflater = new Inflater(true);
                try {
                    content = inflate(inflater, zip, data, name);
                    end = data + Math.toIntExact(inflater.getBytesRead());
                } finally {
                    inflater.end();
                }
            } else if (method == ZipEntry.STORED && (flags & 8) == 0) {
                end = Math.toIntExact(data + storedSize);
                content = java.util.Arrays.copyOfRange(zip, data, end);
            } else {
                throw new ZipException("entry " + name + ": compression method " + method + " is not supported");
            }
            if ((flags & 8) != 0) {
                end = afterDescriptor(bytes, end);
            }
            write(copy, name, content);
            position = end;
        }
        if (!isHeader(bytes, position) || bytes.getInt(position) == LOCAL_HEADER) {
            // Anything but the central directory after the last entry would be an entry this copy leaves out.
            throw new ZipException("no zip entry or central directory at offset " + position);
        }
        copy.finish();
    }

    private static byte[] inflate(Inflater inflater, byte[] zip, int data, String name) throws ZipException {
        inflater.setInput(zip, data, zip.length - data);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ZipException("entry " + name + " is truncated");
                }
                content.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new ZipException("entry " + name + " is corrupt: " + e.getMessage());
        }
        return content.toByteArray();
    }

    /** Skips a data descriptor: an optional signature, the CRC, then two sizes of 4 bytes, or 8 in Zip64. */
    private static int afterDescriptor(ByteBuffer bytes, int start) {
        int position = start;
        if (position + 4 <= bytes.limit() && bytes.getInt(position) == DATA_DESCRIPTOR) {
            position += 4;
        }
        position += 4;
        return isHeader(bytes, position + 8) ? position + 8 : position + 16;
    }

    private static boolean isHeader(ByteBuffer bytes, int position) {
        if (position + 4 > bytes.limit()) {
            return false;
        }
        int signature = bytes.getInt(position);
        return signature == LOCAL_HEADER || signature == CENTRAL_HEADER || signature == END_OF_CENTRAL_DIRECTORY
                || signature == ZIP64_END;
    }

    private static void write(ZipOutputStream copy, String name, byte[] content) throws IOException {
        byte[] written = content;
        if (name.equals(CORE_PROPERTIES)) {
            Matcher created = CREATED.matcher(new String(content, StandardCharsets.UTF_8));
            written = created.replaceAll("$1" + FIXED + "$2").getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry entry = new ZipEntry(name);
        // A local date and time, as the zip format stores them: the same bytes in every time zone.
        entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
        copy.putNextEntry(entry);
        copy.write(written);
        copy.closeEntry();
    }
}
