package org.nianbao.checker.read.scan;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.read.ReadingTime;

/**
 * Recognises scanned pages with one engine: what the PDF reader calls for a page that has no text layer. One per
 * file: it remembers pages it would not read because they were scanned too coarsely.
 */
public final class ScanRecognizer {

    /**
     * Below this a page is not read: at 72–100 dpi the digits of a table are a few pixels tall and the engine's
     * readings of them cannot be trusted, however confident it says it is.
     */
    public static final int MIN_DPI = 150;

    private final Tesseract engine;
    private final PageRecognizer pages;
    private int coarsest = Integer.MAX_VALUE;

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

    /** The lowest resolution of a page left unread for being under {@link #MIN_DPI}, or 0 when none was. */
    public int refusedDpi() {
        return coarsest == Integer.MAX_VALUE ? 0 : coarsest;
    }

    /** What to say when nothing could be read because the scan was too coarse; empty otherwise. */
    public String coarseReasonZh() {
        return refusedDpi() == 0 ? "" : "；扫描分辨率过低（约 " + refusedDpi() + " dpi，至少需要 " + MIN_DPI + " dpi），无法可靠识别，请重新扫描";
    }

    public String coarseReasonEn() {
        return refusedDpi() == 0 ? "" : "; scanned at about " + refusedDpi() + " dpi, below the " + MIN_DPI + " dpi needed to read it reliably";
    }

    List<Block> recognise(GreyImage image, int pageNo, ReadingTime time) throws IOException {
        if (image.dpi() < MIN_DPI) {
            coarsest = Math.min(coarsest, image.dpi());
            return List.of();
        }
        try {
            return pages.read(image, pageNo, time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingTime.Exceeded();
        }
    }
}
