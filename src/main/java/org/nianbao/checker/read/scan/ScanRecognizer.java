package org.nianbao.checker.read.scan;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.read.ReadingTime;

/** Recognises scanned pages with one engine: what the PDF reader calls for a page that has no text layer. */
public final class ScanRecognizer {

    private final Tesseract engine;
    private final PageRecognizer pages;

    public ScanRecognizer(Tesseract engine) {
        this.engine = engine;
        this.pages = new PageRecognizer(engine);
    }

    public String engine() {
        return engine.version();
    }

    /** The blocks of PDF page {@code index} (0-based), located on page {@code index + 1}, line 0 until numbered. */
    public List<Block> pdfPage(PDDocument doc, int index, ReadingTime time) throws IOException, UnreadableInputException {
        GreyImage image = PageImages.pdfPage(doc, index);
        return recognise(image, index + 1, time);
    }

    List<Block> recognise(GreyImage image, int pageNo, ReadingTime time) throws IOException {
        try {
            return pages.read(image, pageNo, time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingTime.Exceeded();
        }
    }
}
