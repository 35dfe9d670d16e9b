package org.nianbao.checker.read.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An 8-bit grey page image, 0 black to 255 white, row by row. Small and plain on purpose: the scan reader only
 * needs to crop, scale, turn and write pixels, and a byte array does that faster than Java2D's colour models.
 *
 * @param dpi the resolution the page was scanned or rendered at, as far as it is known
 */
record GreyImage(int width, int height, byte[] pixels, int dpi) {

    GreyImage {
        if ((long) width * height != pixels.length) throw new IllegalArgumentException(width + "x" + height + " != " + pixels.length);
    }

    static GreyImage blank(int width, int height, int dpi) {
        byte[] p = new byte[width * height];
        java.util.Arrays.fill(p, (byte) 255);
        return new GreyImage(width, height, p, dpi);
    }

    /** Any decoded image as grey: a grey raster is taken as it is, colour goes through Java2D once. */
    static GreyImage of(BufferedImage image, int dpi) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = grey.createGraphics();
            g.setColor(java.awt.Color.WHITE);   // a transparent PNG is a page on white paper
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int stride = grey.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel csm ? csm.getScanlineStride() : w;
        if (stride == w && data.length == w * h && grey.getRaster().getSampleModelTranslateX() == 0
                && grey.getRaster().getSampleModelTranslateY() == 0) {
            return new GreyImage(w, h, data.clone(), dpi);
        }
        byte[] p = new byte[w * h];
        var raster = grey.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) p[y * w + x] = (byte) row[x];
        }
        return new GreyImage(w, h, p, dpi);
    }

    int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    GreyImage crop(int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, x1);
        y1 = Math.min(height, y1);
        int w = Math.max(1, x1 - x0), h = Math.max(1, y1 - y0);
        byte[] p = new byte[w * h];
        java.util.Arrays.fill(p, (byte) 255);
        for (int y = 0; y < h && y0 + y < height; y++) {
            if (x1 > x0) System.arraycopy(pixels, (y0 + y) * width + x0, p, y * w, Math.min(w, x1 - x0));
        }
        return new GreyImage(w, h, p, dpi);
    }

    /** The image with a white border of {@code pad} pixels: Tesseract reads glyphs that touch the edge badly. */
    GreyImage pad(int pad) {
        GreyImage out = blank(width + 2 * pad, height + 2 * pad, dpi);
        for (int y = 0; y < height; y++) System.arraycopy(pixels, y * width, out.pixels, (y + pad) * out.width + pad, width);
        return out;
    }

    /** Bilinear scaling by {@code factor}. */
    GreyImage scale(double factor) {
        if (Math.abs(factor - 1) < 0.01) return this;
        int w = Math.max(1, (int) Math.round(width * factor)), h = Math.max(1, (int) Math.round(height * factor));
        byte[] p = new byte[w * h];
        for (int y = 0; y < h; y++) {
            double sy = Math.min(height - 1.0, Math.max(0, (y + 0.5) / factor - 0.5));
            int y0 = (int) sy, y1 = Math.min(height - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < w; x++) {
                double sx = Math.min(width - 1.0, Math.max(0, (x + 0.5) / factor - 0.5));
                int x0 = (int) sx, x1 = Math.min(width - 1, x0 + 1);
                double fx = sx - x0;
                double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
                double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
                p[y * w + x] = (byte) (int) Math.round(top * (1 - fy) + bottom * fy);
            }
        }
        return new GreyImage(w, h, p, (int) Math.round(dpi * factor));
    }

    /**
     * The page turned about its centre so that content running at {@code skewDegrees} (a line that drops
     * {@code tan(skew)} pixels per pixel to the right, y downwards) comes out level; bilinear, white where nothing
     * was. Undoes a sheet laid slightly askew on the scanner.
     */
    GreyImage levelled(double skewDegrees) {
        double degrees = skewDegrees;
        double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
        double cx = (width - 1) / 2.0, cy = (height - 1) / 2.0;
        byte[] p = new byte[width * height];
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            for (int x = 0; x < width; x++) {
                double dx = x - cx;
                // source of the destination pixel: the inverse rotation (y grows downwards)
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) {
                    p[y * width + x] = (byte) 255;
                    continue;
                }
                double fx = sx - x0, fy = sy - y0;
                int i = y0 * width + x0;
                double top = (pixels[i] & 0xFF) * (1 - fx) + (pixels[i + 1] & 0xFF) * fx;
                double bottom = (pixels[i + width] & 0xFF) * (1 - fx) + (pixels[i + width + 1] & 0xFF) * fx;
                p[y * width + x] = (byte) (int) Math.round(top * (1 - fy) + bottom * fy);
            }
        }
        return new GreyImage(width, height, p, dpi);
    }

    /** Writes the image as binary PGM (P5), which Tesseract's image library reads and Java writes without a codec. */
    void writePgm(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            out.write(pixels);
        }
    }
}
