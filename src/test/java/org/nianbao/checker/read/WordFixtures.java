package org.nianbao.checker.read;

/** Word files made from the seeds for tests in any package. */
public final class WordFixtures {

    private WordFixtures() {
    }

    /**
     * The seed with a hidden "9" after table 三's first new-request figure, and a hidden sentence in a style-hidden
     * paragraph: what an agency's edited draft can hold.
     */
    public static java.nio.file.Path withHiddenRuns(java.nio.file.Path docx, java.nio.file.Path target) throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            outer:
            for (var table : doc.getTables()) {
                for (var row : table.getRows()) {
                    if (!row.getCell(0).getText().strip().equals(Fixtures.NEW_REQUESTS)) continue;
                    for (var cell : row.getTableCells()) {
                        if (!cell.getText().strip().equals("1")) continue;
                        var run = cell.getParagraphs().get(0).createRun();
                        run.setText("9");
                        run.setVanish(true);
                        break outer;
                    }
                }
            }
            var styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
            var ctStyle = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            ctStyle.setStyleId("HiddenDraft");
            ctStyle.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            ctStyle.addNewRPr().addNewVanish();
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(ctStyle, styles));
            var p = doc.createParagraph();
            p.setStyle("HiddenDraft");
            p.createRun().setText("隐藏的旧稿：本年新收政府信息公开申请 19 件。");
            try (var out = java.nio.file.Files.newOutputStream(target)) {
                doc.write(out);
            }
        }
        return target;
    }
}
