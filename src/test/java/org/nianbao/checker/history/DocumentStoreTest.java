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
            new TableCell("T2", "FEES", "行政事业性收费", "AMOUNT", "收费金额（单位：万元）", 12.5, false, false, "12.5 万元", null));

    @Test
    void cellsAreStoredAsTheJsonOfTheirRecordsAndReadBackTheSame() throws Exception {
        String written = DocumentStore.cellsJson(CELLS);

        // the same text Jackson's binding of the records gives: an office reading document.cells sees no change
        assertThat(written).isEqualTo(JSON.writeValueAsString(CELLS.stream().map(DocumentStore.StoredCell::of).toList()));
        List<DocumentStore.StoredCell> back = JSON.readValue(written, new TypeReference<>() { });
        assertThat(back).extracting(DocumentStore.StoredCell::rowLabel)
                .containsExactly("规章", "四、结转下年度继续办理", "行政事业性收费");
        assertThat(back.get(1).value()).isNull();
        assertThat(back.get(0).line()).isEqualTo(41);
        assertThat(back.get(2).page()).isNull();
        assertThat(back.get(2).value()).isEqualTo(12.5);
    }
}
