package org.nianbao.checker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.TableCell;

class DocumentStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Cells as a report gives them: a value with its line, a blank with no value, one with no location at all. */
    private static final List<TableCell> CELLS = List.of(
            new TableCell("T2", "RULES", "规章", "ISSUED", "本年制发件数", 3.0, false, false, "3", new Location(null, 41)),
            new TableCell("T3", "CARRIED_OUT", "四、结转下年度继续办理", "TOTAL", "总计", null, true, false, "", new Location(2, 88)),
            new TableCell("T2", "FEES", "行政事业性收费", "AMOUNT", "收费金额（单位：万元）", 12.5, false, false, "12.5 万元", null),
            // counts written from their digits must read as Double.toString writes them, at the edges too
            new TableCell("T3", "NEW", "一、本年新收", "TOTAL", "总计", 9_999_999.0, false, false, "9999999", new Location(1, 2)),
            new TableCell("T3", "NEW", "一、本年新收", "NATURAL", "自然人", 10_000_000.0, false, false, "10000000", new Location(1, 2)),
            new TableCell("T4", "REVIEW", "行政复议", "TOTAL", "总计", -0.0, false, false, "-0", new Location(1, 3)),
            new TableCell("T4", "REVIEW", "行政复议", "UPHELD", "结果维持", -4.0, false, true, "-4", new Location(1, 3)),
            new TableCell("T2", "RULES", "规章", "IN_FORCE", "现行有效件数", 0.0, false, false, "0", new Location(1, 4)));

    @Test
    void cellsAreStoredAsTheJsonOfTheirRecordsAndReadBackTheSame() throws Exception {
        String written = DocumentStore.cellsJson(CELLS);

        // the same text Jackson's binding of the records gives: an office reading document.cells sees no change
        assertThat(written).isEqualTo(JSON.writeValueAsString(CELLS.stream().map(DocumentStore.StoredCell::of).toList()));
        List<DocumentStore.StoredCell> back = JSON.readValue(written, new TypeReference<>() { });
        assertThat(back).extracting(DocumentStore.StoredCell::rowLabel)
                .startsWith("规章", "四、结转下年度继续办理", "行政事业性收费");
        assertThat(back).extracting(DocumentStore.StoredCell::value)
                .containsExactly(3.0, null, 12.5, 9_999_999.0, 10_000_000.0, -0.0, -4.0, 0.0);
        assertThat(back.get(1).value()).isNull();
        assertThat(back.get(0).line()).isEqualTo(41);
        assertThat(back.get(2).page()).isNull();
        assertThat(back.get(2).value()).isEqualTo(12.5);
    }
}
