package org.nianbao.checker.write;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming (SXSSF) workbook that keeps everything in memory, for the small workbook each agency gets.
 *
 * <p>Why: with 10,000 agencies the workbook is most of a run's cost. The plain XSSF workbook serialises every
 * cell through XMLBeans; SXSSF writes rows as plain XML, which is several times cheaper, but stock SXSSF puts
 * each sheet and the package template into temporary files. Here sheet rows and the template stay in byte
 * arrays, and closing does not save the package a second time (a new POI package saves itself on close).
 * Rows are all kept until {@link #write}: an agency workbook has at most a few hundred.
 */
final class InMemoryStreamingWorkbook extends SXSSFWorkbook {

    InMemoryStreamingWorkbook() {
        super(new XSSFWorkbook(), -1);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new InMemorySheetData(new ByteArrayOutputStream(16 * 1024));
    }

    @Override
    public void write(OutputStream stream) throws IOException {
        flushSheets();
        ByteArrayOutputStream template = new ByteArrayOutputStream(16 * 1024);
        getXSSFWorkbook().write(template);
        injectData(new TemplateEntries(template.toByteArray()), stream);
    }

    /** Releases the workbook without writing it again; {@link #write} has already produced the output. */
    @Override
    public void close() throws IOException {
        dispose();
        getXSSFWorkbook().getPackage().revert();
    }

    /**
     * The template's zip entries in their original order, so [Content_Types].xml stays first as tools that sniff
     * the file type expect (POI's own in-memory source keeps them in a hash map).
     */
    private static final class TemplateEntries implements ZipEntrySource {
        private final Map<String, byte[]> content = new LinkedHashMap<>();
        private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
        private boolean closed;

        TemplateEntries(byte[] zip) throws IOException {
            try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
                for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    content.put(e.getName(), in.readAllBytes());
                    entries.put(e.getName(), e);
                }
            }
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return Collections.enumeration(entries.values());
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return entries.get(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) {
            return new ByteArrayInputStream(content.get(entry.getName()));
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }

    /** A sheet's rows as XML in a byte array instead of a temporary file. */
    private static final class InMemorySheetData extends SheetDataWriter {
        private final ByteArrayOutputStream bytes;

        InMemorySheetData(ByteArrayOutputStream bytes) throws IOException {
            super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 8 * 1024));
            this.bytes = bytes;
        }

        @Override
        public InputStream getWorksheetXMLInputStream() {
            // the sheet closes (and so flushes) this writer before asking for its rows
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }
}
