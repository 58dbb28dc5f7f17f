package io.github.caeimpact.indicators.internal;

import io.github.caeimpact.indicators.EsfRow;
import io.github.caeimpact.indicators.disclosure.DisclosureControl;
import io.github.caeimpact.indicators.disclosure.MaskReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which cells of an ESF+ report to mask. Each row is a line of five cells: the four
 * genders and the total. The labour-status rows (EECO02, EECO04, EECO05) add up to EECO01 gender by
 * gender, and so do the education rows (EECO09-EECO11) when every entrant's education is recorded:
 * each such column is a line too, so that the whole system is masked together and no masked cell is
 * recovered by subtraction, neither along a row nor down a partition. When some entrants' education
 * is unknown, the education rows do not add up to EECO01: the difference (the entrants of unknown
 * education) is added as an unpublished row, masked by the same rules as if it were published, so
 * the protection holds even for a reader who could work the difference out.
 */
public final class EsfDisclosure {

    /** The rows that partition EECO01 gender by gender, by group. */
    private static final Map<String, List<String>> PARTITIONS = Map.of(
            "labour", List.of("EECO02", "EECO04", "EECO05"),
            "education", List.of("EECO09", "EECO10", "EECO11"));
    private static final String TOTAL_ROW = "EECO01";
    private static final int WIDTH = 5;

    private EsfDisclosure() {
    }

    /**
     * Returns, for each row, the mask reasons of its five cells (women, men, non-binary,
     * undisclosed, total), null where shown.
     *
     * @param rows the report's rows
     * @param control the disclosure control
     * @return one array of five reasons per row, in row order
     */
    public static List<MaskReason[]> mask(List<EsfRow> rows, DisclosureControl control) {
        List<long[]> cells = new ArrayList<>();
        for (EsfRow row : rows) {
            cells.add(new long[] {row.women(), row.men(), row.nonBinary(), row.undisclosed(), row.total()});
        }
        List<List<Integer>> lines = new ArrayList<>();
        int published = rows.size();
        int parent = indexOf(rows, TOTAL_ROW);
        for (String group : List.of("labour", "education")) {
            List<Integer> members = PARTITIONS.get(group).stream().map(code -> indexOf(rows, code)).toList();
            if (parent < 0 || members.contains(-1)) {
                continue;
            }
            long[] residual = cells.get(parent).clone();
            for (int member : members) {
                for (int c = 0; c < WIDTH; c++) {
                    residual[c] -= cells.get(member)[c];
                }
            }
            List<Integer> column = new ArrayList<>(members);
            column.add(parent);
            if (java.util.Arrays.stream(residual).anyMatch(r -> r != 0)) {
                if (java.util.Arrays.stream(residual).anyMatch(r -> r < 0)) {
                    // Not a partition (rows overlap): nothing is derived by subtraction, mask row by row.
                    continue;
                }
                column.add(cells.size());
                cells.add(residual);
            }
            for (int c = 0; c < WIDTH; c++) {
                List<Integer> line = new ArrayList<>();
                for (int row : column) {
                    line.add(row * WIDTH + c);
                }
                lines.add(line);
            }
        }
        long[] counts = new long[cells.size() * WIDTH];
        for (int r = 0; r < cells.size(); r++) {
            List<Integer> line = new ArrayList<>();
            for (int c = 0; c < WIDTH; c++) {
                counts[r * WIDTH + c] = cells.get(r)[c];
                line.add(r * WIDTH + c);
            }
            lines.add(line);
        }
        List<MaskReason> reasons = control.maskLines(counts, lines, Set.of());
        List<MaskReason[]> result = new ArrayList<>();
        for (int r = 0; r < published; r++) {
            result.add(reasons.subList(r * WIDTH, (r + 1) * WIDTH).toArray(new MaskReason[0]));
        }
        return result;
    }

    private static int indexOf(List<EsfRow> rows, String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
