package io.github.caeimpact.sroi.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.ImpactMaps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class StableZipTest {

    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Entry name to content, in entry order; entry times collected in {@code times}. */
    private static Map<String, String> entries(byte[] zip, List<LocalDateTime> times) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                times.add(entry.getTimeLocal());
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static com.fasterxml.jackson.databind.JsonNode example() throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(ImpactMaps.toJson(ImpactMaps.example()));
    }

    @Test
    void entryTimesAndTheCreationDateAreFixedAndEverythingElseIsKeptInOrder() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(written)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            zip.write(("<cp:coreProperties><dc:title>t</dc:title><dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-12-03T06:30:12Z"
                    + "</dcterms:created></cp:coreProperties>").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        StableZip.copy(written.toByteArray(), copy);

        List<LocalDateTime> before = new ArrayList<>();
        entries(written.toByteArray(), before);
        assertThat(before).doesNotContain(DOS_EPOCH);
        List<LocalDateTime> times = new ArrayList<>();
        Map<String, String> entries = entries(copy.toByteArray(), times);
        assertThat(entries.keySet()).containsExactly("[Content_Types].xml", "docProps/core.xml");
        assertThat(entries.get("[Content_Types].xml")).isEqualTo("<Types/>");
        assertThat(entries.get("docProps/core.xml")).isEqualTo("<cp:coreProperties><dc:title>t</dc:title>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:created></cp:coreProperties>");
        assertThat(times).containsOnly(DOS_EPOCH);
    }

    @Test
    void bytesThatAreNotAZipAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StableZip.copy("not a zip".getBytes(StandardCharsets.UTF_8),
                new ByteArrayOutputStream())).isInstanceOf(java.util.zip.ZipException.class).hasMessageContaining("offset 0");
    }

    @Test
    void theSameMapGivesTheSameWorkbookBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        MapWorkbook.write(example(), first);
        List<LocalDateTime> times = new ArrayList<>();
        Map<String, String> entries = entries(first.toByteArray(), times);
        assertThat(times).containsOnly(DOS_EPOCH);
        assertThat(entries).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml");
        assertThat(entries.get("docProps/core.xml")).contains(">1980-01-01T00:00:00Z</dcterms:created>");
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        MapWorkbook.write(example(), second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }
}
