package org.nianbao.checker.read.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.Location;
import org.nianbao.checker.model.ScanInfo;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.read.ReadingTime;
import org.nianbao.checker.read.ReportReader;

/**
 * Reports posted as pictures (PNG, JPEG, TIFF with one page or many): every page is recognised. Without the OCR
 * engine the file is a report without text, and the finding says what to install.
 */
public final class ScanReader implements ReportReader {

    private final Optional<Tesseract> engine;

    public ScanReader() {
        this(Tesseract.installed());
    }

    public ScanReader(Optional<Tesseract> engine) {
        this.engine = engine;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.IMAGE;
    }

    @Override
    public Document read(Path file) throws UnreadableInputException, IOException {
        return read(file, ReadingTime.unlimited());
    }

    @Override
    public Document read(Path file, ReadingTime time) throws UnreadableInputException, IOException {
        try (PageImages.ImageFile images = PageImages.open(file)) {
            int pages = images.pages();
            if (engine.isEmpty()) {
                throw new UnreadableInputException(UnreadableInputException.Kind.NO_TEXT,
                        "图片格式的扫描件（共 " + pages + " 页），本机未安装文字识别引擎，无法检查；" + Tesseract.INSTALL_HINT_ZH,
                        "a scanned report as pictures (" + pages + (pages == 1 ? " page" : " pages") + ") and no OCR engine here; "
                                + Tesseract.INSTALL_HINT_EN, pages, null);
            }
            time.allowPages(pages);
            ScanRecognizer recognizer = new ScanRecognizer(engine.get());
            List<Block> blocks = new ArrayList<>();
            List<Integer> read = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                time.check();
                blocks.addAll(recognizer.recognise(images.page(i), i + 1, time));
                read.add(i + 1);
            }
            List<Block> numbered = numbered(blocks);
            if (numbered.stream().allMatch(b -> b.text().isBlank())) {
                throw new UnreadableInputException(UnreadableInputException.Kind.NO_TEXT,
                        "图片中没有识别出文字（共 " + pages + " 页）" + recognizer.coarseReasonZh() + "；请确认图片是否为年度报告，或提交 Word/PDF 版本",
                        "no text was recognised in the picture (" + pages + (pages == 1 ? " page" : " pages") + ")" + recognizer.coarseReasonEn(), pages, null);
            }
            return new Document(file, SourceFormat.IMAGE, numbered, pages, new ScanInfo(recognizer.engine(), read));
        }
    }

    /** Blocks numbered line by line through the document, keeping their pages. */
    public static List<Block> numbered(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int line = 0;
        for (Block b : blocks) out.add(b.withLocation(new Location(b.location().page(), ++line)));
        return out;
    }
}
