package io.github.caeimpact.model.csv;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Pseudonymizer;
import io.github.caeimpact.model.csv.internal.Assembler;
import io.github.caeimpact.model.csv.internal.Assembly;
import io.github.caeimpact.model.csv.internal.Exporter;
import io.github.caeimpact.model.csv.internal.Labels;
import io.github.caeimpact.model.csv.internal.SourceMap;
import io.github.caeimpact.model.json.ImpactJson;
import io.github.caeimpact.model.json.ReadResult;
import io.github.caeimpact.model.json.RejectedParticipant;
import io.github.caeimpact.model.validation.InvalidInputException;
import io.github.caeimpact.model.validation.Problem;
import io.github.caeimpact.model.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes a dataset as a folder of CSV files, one per {@link CsvTable}.
 *
 * <p>Reading accepts what French spreadsheets write: {@code ;}, {@code ,} or tab separators
 * (detected from the header), decimal commas, UTF-8 with or without BOM or Windows-1252 (detected),
 * {@code \r\n} or {@code \n}, dates {@code dd/mm/yyyy} or ISO, headers and code values in English
 * or French ({@link CsvColumn}). An empty cell is an absent field (the model refuses an empty
 * optional text, so nothing is lost). The rows are assembled into the JSON dataset document and
 * read by {@link ImpactJson}, so a CSV folder is checked by exactly the rules of a JSON dataset;
 * every problem, of a cell or of the dataset's rules, is reported at its file, line and column,
 * such as {@code events.csv:9:2 (date)}, with the JSON path in its message.
 *
 * <p>A lenient read keeps the valid participants: a participant is rejected with all its rows if
 * any of its cells cannot be read or it breaks a rule; a row naming an unknown participant is
 * rejected alone. Problems outside the participants (a file missing or malformed, a header wrong,
 * {@code dataset.csv}, organisations, fundings and support) reject the whole folder, as the
 * dataset's own fields do in JSON.
 *
 * <p>Writing is deterministic and lossless: reading the files written gives an equal dataset,
 * decimals with their scale. Two things a CSV cannot tell apart: an empty text and an absent one
 * (both read as absent), and two survey responses of a participant with the same instrument,
 * version, time point and date (read as one). The class is thread-safe.
 */
public final class CsvDataset {

    /** The largest file read, in bytes: 256 MiB, as the JSON document limit. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** The longest cell read, in characters, as the JSON string limit. */
    public static final int MAX_CELL_LENGTH = 10_000;

    private static final String WHAT = "CSV dataset";

    private CsvDataset() {
    }

    /**
     * Reads and validates the dataset of a folder, rejecting it if anything is wrong.
     *
     * @param directory the folder holding the files, not null
     * @return the dataset
     * @throws InvalidInputException if a file is missing or malformed or anything breaks a rule;
     *     it carries every problem found, located by file, line and column
     * @throws UncheckedIOException if the folder or a file cannot be read
     */
    public static Dataset read(Path directory) {
        return strict(directory, null);
    }

    /**
     * Reads and validates the dataset of a folder, turning each participant id into its pseudonym.
     *
     * @param directory the folder holding the files, not null
     * @param pseudonymizer gives the pseudonym of each local participant id, not null
     * @return the dataset, participants known by their pseudonyms only
     * @throws InvalidInputException if anything is wrong
     * @throws UncheckedIOException if the folder or a file cannot be read
     */
    public static Dataset read(Path directory, Pseudonymizer pseudonymizer) {
        return strict(directory, Objects.requireNonNull(pseudonymizer, "pseudonymizer"));
    }

    /**
     * Reads the dataset of a folder keeping the valid participants, accounting for every row.
     *
     * @param directory the folder holding the files, not null
     * @return the dataset of the accepted participants, the problems and the account of each file
     * @throws InvalidInputException if a problem outside the participants rejects the folder
     * @throws UncheckedIOException if the folder or a file cannot be read
     */
    public static CsvReadResult readLenient(Path directory) {
        return lenient(directory, null);
    }

    /**
     * Reads the dataset of a folder keeping the valid participants, with pseudonymous ids.
     *
     * @param directory the folder holding the files, not null
     * @param pseudonymizer gives the pseudonym of each local participant id, not null
     * @return the dataset of the accepted participants, the problems and the account of each file
     * @throws InvalidInputException if a problem outside the participants rejects the folder
     * @throws UncheckedIOException if the folder or a file cannot be read
     */
    public static CsvReadResult readLenient(Path directory, Pseudonymizer pseudonymizer) {
        return lenient(directory, Objects.requireNonNull(pseudonymizer, "pseudonymizer"));
    }

    /**
     * Returns the text of each file of a dataset.
     *
     * @param dataset the dataset, not null
     * @param style the style to write in, not null
     * @return the text of each of the eight files by file name, in table order
     */
    public static Map<String, String> toText(Dataset dataset, CsvStyle style) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(style, "style");
        Map<String, String> texts = new LinkedHashMap<>();
        Exporter.write(dataset, style == CsvStyle.FRENCH).forEach((table, text) -> texts.put(table.fileName(), text));
        return texts;
    }

    /**
     * Writes the eight files of a dataset into a folder, replacing files of the same names.
     *
     * @param dataset the dataset, not null
     * @param directory the folder, created if missing, not null
     * @param style the style to write in, not null; {@link CsvStyle#FRENCH} files start with a
     *     UTF-8 BOM
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void write(Dataset dataset, Path directory, CsvStyle style) {
        Objects.requireNonNull(directory, "directory");
        Map<String, String> texts = toText(dataset, style);
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : texts.entrySet()) {
                Files.write(directory.resolve(file.getKey()), bytes(file.getValue(), style));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the header line of a file, for a template to fill in.
     *
     * @param table the file, not null
     * @param style the style, not null
     * @return the header with its line end
     */
    public static String header(CsvTable table, CsvStyle style) {
        return Exporter.header(Objects.requireNonNull(table, "table"), Objects.requireNonNull(style, "style") == CsvStyle.FRENCH);
    }

    /**
     * Returns the bytes a file of a style is written as: UTF-8, with a BOM for French.
     *
     * @param text the file's text, not null
     * @param style the style, not null
     * @return the bytes
     */
    public static byte[] bytes(String text, CsvStyle style) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (style != CsvStyle.FRENCH) {
            return utf8;
        }
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        return withBom;
    }

    /**
     * Returns the French label a code is written with in {@link CsvStyle#FRENCH} and read by
     * besides its English name.
     *
     * @param code the code, such as {@code Gender.WOMAN}, not null
     * @return its French label, such as {@code femme}
     */
    public static String frenchLabel(Enum<?> code) {
        return Labels.frenchOf(Objects.requireNonNull(code, "code"));
    }

    private static Dataset strict(Path directory, Pseudonymizer pseudonymizer) {
        CsvReadResult result = lenient(directory, pseudonymizer);
        if (!result.report().isValid()) {
            throw new InvalidInputException(WHAT, result.report());
        }
        return result.dataset();
    }

    private static CsvReadResult lenient(Path directory, Pseudonymizer pseudonymizer) {
        Assembly assembly = Assembler.assemble(files(directory), pseudonymizer);
        if (assembly.fatal()) {
            throw new InvalidInputException(WHAT, new ValidationReport(assembly.problems()));
        }
        ReadResult read;
        try {
            read = ImpactJson.readLenient(Exporter.json(assembly.root()));
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(WHAT, merge(assembly, invalid.report()));
        }
        ValidationReport report = merge(assembly, read.report());
        Set<Integer> rejected = new HashSet<>();
        read.rejectedParticipants().stream().map(RejectedParticipant::index).forEach(rejected::add);
        List<Participant> accepted = new ArrayList<>();
        int next = 0;
        List<Assembly.ParticipantRows> rows = assembly.participants();
        for (int i = 0; i < rows.size(); i++) {
            if (rejected.contains(i)) {
                continue;
            }
            Participant participant = read.dataset().participants().get(next++);
            if (rows.get(i).damaged()) {
                rejected.add(i);
            } else {
                accepted.add(participant);
            }
        }
        return new CsvReadResult(read.dataset().withParticipants(accepted), report, rows.size(), accepted.size(),
                counts(directory, assembly, rejected));
    }

    private static List<CsvFileCount> counts(Path directory, Assembly assembly, Set<Integer> rejected) {
        Map<CsvTable, Integer> rejectedRows = new EnumMap<>(CsvTable.class);
        List<Assembly.ParticipantRows> rows = assembly.participants();
        for (int index : rejected) {
            for (CsvTable table : CsvTable.values()) {
                rejectedRows.merge(table, rows.get(index).rows(table), Integer::sum);
            }
        }
        List<CsvFileCount> counts = new ArrayList<>();
        for (CsvTable table : CsvTable.values()) {
            if (Files.exists(directory.resolve(table.fileName()))) {
                int read = assembly.read(table);
                int out = rejectedRows.getOrDefault(table, 0) + assembly.orphans(table);
                counts.add(new CsvFileCount(table.fileName(), read, read - out, out));
            }
        }
        return counts;
    }

    /** The cells' problems, then the dataset's located at their cells, less those at a cell already wrong. */
    private static ValidationReport merge(Assembly assembly, ValidationReport json) {
        List<Problem> problems = new ArrayList<>(assembly.problems());
        Set<String> located = new HashSet<>();
        problems.forEach(p -> located.add(p.path()));
        SourceMap sources = assembly.sources();
        for (Problem problem : json.problems()) {
            String location = sources.locate(problem.path());
            if (!problem.isError() || !located.contains(location)) {
                problems.add(new Problem(location, problem.code(), problem.severity(),
                        problem.message() + " [" + problem.path() + "]"));
            }
        }
        return new ValidationReport(problems);
    }

    private static Map<CsvTable, byte[]> files(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new UncheckedIOException(new NotDirectoryException(directory.toString()));
        }
        Map<CsvTable, byte[]> files = new EnumMap<>(CsvTable.class);
        try {
            for (CsvTable table : CsvTable.values()) {
                Path file = directory.resolve(table.fileName());
                if (Files.exists(file) && Files.size(file) > MAX_FILE_BYTES) {
                    throw new InvalidInputException(WHAT, new ValidationReport(List.of(Problem.error(table.fileName(),
                            CsvRuleCodes.CSV_FILE_TOO_LARGE, "the file has " + Files.size(file) + " bytes, more than "
                                    + MAX_FILE_BYTES))));
                }
                if (Files.exists(file)) {
                    files.put(table, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
