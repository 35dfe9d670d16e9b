package org.nianbao.checker.read.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.checker.bench.ScanAccuracy;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.SourceFormat;
import org.nianbao.checker.model.UnreadableInputException;
import org.nianbao.checker.read.PdfReader;
import org.nianbao.checker.read.Readers;
import org.nianbao.checker.read.ReadingTime;

/**
 * Scans as input: pictures (JPEG, PNG, TIFF) and PDF pages without text are read cell by cell on the table grid,
 * with a confidence per cell, and compared with the text version of the same page; without the engine a scan is
 * a report without text whose finding names what to install; a picture no scanner makes is refused unread.
 */
class ScanReaderTest {

    static final Path SCANS = Path.of("src/test/resources/fixtures/scans");
    static final Path SEED_000 = Path.of("src/test/resources/fixtures/seeds/000_41ea44dbb3ddc373.pdf");
    static final Optional<Tesseract> NO_ENGINE = Tesseract.find("/nonexistent/tesseract");
    static Tesseract engine;

    @TempDir
    static Path dir;

    @BeforeAll
    static void theEngineIsInstalled() {
        // .ci/run installs it; without it the scan tests cannot show anything
        assertThat(Tesseract.installed()).as("OCR engine: apt-get install tesseract-ocr tesseract-ocr-chi-sim").isPresent();
        engine = Tesseract.installed().orElseThrow();
    }

    @Test
    void withoutTheEngineAScannedPdfHasNoTextAndTheFindingNamesBothPackages() {
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class,
                () -> new PdfReader(NO_ENGINE).read(SCANS.resolve("004_11d5421f1e46d2a7-200.pdf")));
        assertThat(NO_ENGINE).isEmpty();
        assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.NO_TEXT);
        assertThat(e.pages()).isEqualTo(3);
        assertThat(e.reasonZh()).contains("没有文字层").contains("tesseract-ocr 和").contains("tesseract-ocr-chi-sim");
        assertThat(e.reasonEn()).contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim");
    }

    @Test
    void withoutTheEngineAPictureHasNoTextAndSaysWhatToInstall() throws Exception {
        Path png = dir.resolve("page.png");
        ImageIO.write(new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class, () -> new ScanReader(NO_ENGINE).read(png));
        assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.NO_TEXT);
        assertThat(e.reasonZh()).contains("图片格式的扫描件（共 1 页）").contains("tesseract-ocr-chi-sim");
    }

    @Test
    void aPngDeclaringFiftyThousandPixelsSquareIsRefusedWithoutDecoding() throws Exception {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, png(50_000, 50_000));
        assertThat(Files.size(bomb)).isLessThan(1000);
        // decoding 2.5 billion pixels would run out of memory long before any reason could be given
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class, () -> Readers.standard().read(bomb));
        assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.UNREADABLE);
        assertThat(e.reasonZh()).contains("50000 × 50000 像素").contains("解压炸弹").contains("未解码");
    }

    @Test
    void aPdfPageWhosePictureDeclaresFiftyThousandPixelsSquareIsRefusedWithoutDecoding() throws Exception {
        Path pdf = dir.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            byte[] few = deflate(new byte[1024]);
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(few), COSName.FLATE_DECODE, 50_000, 50_000, 8,
                    PDDeviceGray.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, 612, 792);
            }
            doc.save(pdf.toFile());
        }
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class, () -> new PdfReader(Optional.of(engine)).read(pdf));
        assertThat(e.reasonZh()).contains("PDF 中的图片").contains("50000 × 50000 像素").contains("解压炸弹");
    }

    @Test
    void aJpegPageIsReadRowByRowWithAConfidenceForEveryCell() throws Exception {
        Path jpeg = dir.resolve("page2.jpg");
        try (PDDocument scan = Loader.loadPDF(SCANS.resolve("000_41ea44dbb3ddc373-200.pdf").toFile());
             InputStream raw = scanImage(scan, 1).getCOSObject().createRawInputStream()) {
            Files.write(jpeg, raw.readAllBytes());
        }
        Document doc = Readers.standard().read(jpeg);
        assertThat(doc.format()).isEqualTo(SourceFormat.IMAGE);
        assertThat(doc.scan().pages()).containsExactly(1);
        assertThat(doc.scan().engine()).startsWith("tesseract 5");
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.confidence()).hasSameSizeAs(b.cells()));
        Block rules = rowStartingWith(doc, "规章");
        assertThat(rules.cells()).containsExactly("规章", "0", "0", "0");
        assertThat(rules.confidence()).allSatisfy(c -> assertThat(c).isGreaterThan(80.0));
        Block newRequests = rowStartingWith(doc, "一、本年新收");
        assertThat(newRequests.cells().stream().filter(c -> !c.isBlank()).skip(1).toList()).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(doc.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text))
                .contains("三、收到和处理政府信息公开申请情况");
    }

    @Test
    void aTwoPageTiffIsReadPageByPageAndNoCellIsReadWrongly() throws Exception {
        Path tiff = dir.resolve("pages.tiff");
        try (PDDocument scan = Loader.loadPDF(SCANS.resolve("000_41ea44dbb3ddc373-300.pdf").toFile());
             ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int p = 0; p < 2; p++) writer.writeToSequence(new IIOImage(scanImage(scan, p).getImage(), null, null), null);
            writer.endWriteSequence();
            writer.dispose();
        }
        Document doc = Readers.standard().read(tiff);
        Document text = new PdfReader(Optional.empty()).read(SEED_000);
        Document firstTwo = text.withBlocks(text.blocks().stream().filter(b -> b.location().page() <= 2).toList());
        assertThat(doc.pages()).isEqualTo(2);
        assertThat(doc.blocks()).extracting(b -> b.location().page()).contains(1, 2);
        List<ScanAccuracy.Cell> cells = ScanAccuracy.cells(firstTwo, doc);
        ScanAccuracy.Count count = ScanAccuracy.count(cells, org.nianbao.checker.rules.CheckerSettings.DEFAULT_OCR_MIN_CONFIDENCE);
        assertThat(count.wrong()).as("%s", count.wrongCells()).isZero();
        // the two pages hold 31 number cells: at least nine in ten are read (one lone 1 is left uncertain when its
        // two readings differ), none is read wrongly
        assertThat(cells).hasSizeGreaterThan(30);
        assertThat(count.correct()).isGreaterThanOrEqualTo(cells.size() * 9 / 10);
    }

    @Test
    void aScanGetsItsTimeForEveryPageUpToTheCapPerFile() {
        ReadingTime time = ReadingTime.start(java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(600));
        assertThat(time.allowedSeconds()).isEqualTo(60);
        time.allowPages(4);
        assertThat(time.allowedSeconds()).isEqualTo(240);
        time.allowPages(50);
        assertThat(time.allowedSeconds()).isEqualTo(600);
    }

    static Block rowStartingWith(Document doc, String label) {
        return doc.blocks().stream().filter(b -> b.kind() == Block.Kind.ROW && b.cells().get(0).startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + doc.blocks()));
    }

    private static PDImageXObject scanImage(PDDocument scan, int page) throws Exception {
        var resources = scan.getPage(page).getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) return image;
        }
        throw new AssertionError("no image on page " + page);
    }

    /** A grey PNG whose header declares the size and whose data is a few bytes of a zlib stream. */
    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.write(new byte[]{8, 0, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", deflate(new byte[4096]));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    private static byte[] deflate(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
