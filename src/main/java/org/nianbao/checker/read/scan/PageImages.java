package org.nianbao.checker.read.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.checker.model.UnreadableInputException;

/**
 * Page images to recognise, from a picture file (PNG, JPEG, TIFF, one page or many) or a PDF page without text.
 * Sizes are read from the headers before any pixel is decoded: an image larger than any scanned page (a
 * decompression bomb declares 50,000 × 50,000 pixels in a few kilobytes) is refused with the reason. Large scans are
 * decoded with subsampling to about 300 dpi of an A4 page, so a page never costs more than some 16 MB of memory.
 */
final class PageImages {

    /** No scanned page is larger: A3 at 1,200 dpi is 14,000 × 19,800. */
    static final long MAX_PIXELS = 300_000_000L;
    static final int MAX_SIDE = 30_000;
    /** What a page is decoded to at most: A4 at 400 dpi. */
    static final long DECODE_PIXELS = 16_000_000L;
    static final int MAX_PAGES = 2000;
    private static final int RENDER_DPI = 300;

    private PageImages() {
    }

    /** An image file opened for its pages; each is decoded only when asked for. */
    static final class ImageFile implements AutoCloseable {
        private final ImageInputStream in;
        private final ImageReader reader;
        private final int pages;

        private ImageFile(ImageInputStream in, ImageReader reader, int pages) {
            this.in = in;
            this.reader = reader;
            this.pages = pages;
        }

        int pages() {
            return pages;
        }

        GreyImage page(int index) throws IOException {
            int w = reader.getWidth(index), h = reader.getHeight(index);
            int sub = subsampling(w, h);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(sub, sub, 0, 0);
            BufferedImage image = reader.read(index, param);
            return GreyImage.of(image, assumedDpi(image.getWidth(), image.getHeight()));
        }

        @Override
        public void close() throws IOException {
            reader.dispose();
            in.close();
        }
    }

    /** Opens a picture and checks every page's declared size; refuses one no scan could have. */
    static ImageFile open(Path file) throws IOException, UnreadableInputException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) throw new IOException("cannot open " + file);
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw new UnreadableInputException("图片格式无法识别或文件已损坏；请提交 PDF、PNG、JPEG 或 TIFF 格式的扫描件",
                    "the picture's format is not recognised or the file is damaged");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, false, true);
        int pages = 0;
        try {
            while (pages < MAX_PAGES + 1) {
                int w, h;
                try {
                    w = reader.getWidth(pages);
                    h = reader.getHeight(pages);
                } catch (IndexOutOfBoundsException end) {
                    break;
                }
                checkSize(w, h, pages + 1, "图片");
                pages++;
            }
        } catch (UnreadableInputException | IOException | RuntimeException e) {
            reader.dispose();
            in.close();
            throw e;
        }
        if (pages > MAX_PAGES) {
            reader.dispose();
            in.close();
            throw new UnreadableInputException("图片文件超过 " + MAX_PAGES + " 页，未读取；请确认是否为年度报告",
                    "the picture file has more than " + MAX_PAGES + " pages");
        }
        return new ImageFile(in, reader, pages);
    }

    /** A size no scanned page has is refused before decoding, naming the size. */
    static void checkSize(long w, long h, int page, String what) throws UnreadableInputException {
        if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
            throw new UnreadableInputException(
                    what + "尺寸异常（第 " + page + " 页 " + w + " × " + h + " 像素，上限为每边 " + MAX_SIDE + " 像素、共 "
                            + MAX_PIXELS / 1_000_000 + " 百万像素），疑似恶意文件（解压炸弹），未解码；请提交正常扫描的文件",
                    "the image on page " + page + " declares " + w + " x " + h + " pixels, beyond any scanned page (limit "
                            + MAX_SIDE + " per side, " + MAX_PIXELS / 1_000_000 + " Mpx): refused without decoding, "
                            + "as a decompression bomb would be");
        }
    }

    /**
     * The page as an image: its one embedded picture where the page is just that (how scanners write PDFs), decoded
     * at its own resolution; otherwise the page rendered at 300 dpi. Every picture's declared size is checked first.
     */
    static GreyImage pdfPage(PDDocument doc, int index) throws IOException, UnreadableInputException {
        PDPage page = doc.getPage(index);
        PDRectangle box = page.getCropBox();
        List<PDImageXObject> images = new ArrayList<>();
        collectImages(page.getResources(), images, 0, index + 1);
        if (images.size() == 1 && page.getRotation() % 360 == 0 && box.getWidth() > 0 && box.getHeight() > 0) {
            PDImageXObject image = images.get(0);
            double imageAspect = (double) image.getWidth() / image.getHeight();
            double pageAspect = box.getWidth() / box.getHeight();
            if (Math.abs(imageAspect / pageAspect - 1) < 0.03) {
                int sub = subsampling(image.getWidth(), image.getHeight());
                BufferedImage decoded = image.getImage(null, sub);
                int dpi = (int) Math.round(decoded.getWidth() / (box.getWidth() / 72.0));
                return GreyImage.of(decoded, dpi);
            }
        }
        double pixels = (double) box.getWidth() * box.getHeight() / (72.0 * 72.0);
        int dpi = (int) Math.min(RENDER_DPI, Math.floor(Math.sqrt(DECODE_PIXELS / Math.max(1, pixels))));
        BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(index, Math.max(36, dpi), ImageType.GRAY);
        return GreyImage.of(rendered, Math.max(36, dpi));
    }

    private static void collectImages(PDResources resources, List<PDImageXObject> images, int depth, int page)
            throws IOException, UnreadableInputException {
        if (resources == null || depth > 4) return;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                checkSize(image.getCOSObject().getInt(COSName.WIDTH), image.getCOSObject().getInt(COSName.HEIGHT), page, "PDF 中的图片");
                images.add(image);
            } else if (x instanceof PDFormXObject form) {
                collectImages(form.getResources(), images, depth + 1, page);
            }
        }
    }

    private static int subsampling(long w, long h) {
        return (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / DECODE_PIXELS)));
    }

    /** Without a trustworthy resolution in the file, a page is taken to be A4 (11.7 inches on its long side). */
    private static int assumedDpi(int w, int h) {
        return (int) Math.max(70, Math.min(1200, Math.round(Math.max(w, h) / 11.69)));
    }
}
