package org.nianbao.checker.read;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The rules of a page's tables, recorded while the text is extracted: line segments and rectangle edges that
 * are drawn (stroked or filled), in the same top-down coordinates as the glyphs. Cells are cut wherever a vertical
 * rule runs between two glyphs of a line; lines between the same two horizontal rules belong to one table row.
 */
final class Rulings {

    /** Path construction and painting operators. */
    static final List<String> OPERATORS = List.of("m", "l", "re", "h", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");

    private record Vertical(double x, double top, double bottom) {
    }

    private record Horizontal(double y, double left, double right) {
    }

    /** The rules just above and just below a point: the table row it sits in. */
    record Band(double top, double bottom) {
    }

    private final List<Vertical> verticals = new ArrayList<>();
    private final List<Horizontal> horizontals = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();   // segments x1,y1,x2,y2 in top-down page space
    private double[] current;
    private double[] subpathStart;
    private PDRectangle crop = new PDRectangle();

    void startPage(PDRectangle cropBox) {
        verticals.clear();
        horizontals.clear();
        path.clear();
        crop = cropBox;
    }

    /** x positions of the vertical rules crossing the height {@code y} (top-down), sorted. */
    List<Double> verticalsAt(double y) {
        List<Double> xs = new ArrayList<>();
        for (Vertical v : verticals) if (v.top() - 1 <= y && y <= v.bottom() + 1) xs.add(v.x());
        xs.sort(Double::compare);
        return xs;
    }

    /** The horizontal rules crossing {@code x} just above and just below {@code y}; null outside a ruled table. */
    Band bandAt(double x, double y) {
        double top = Double.NEGATIVE_INFINITY, bottom = Double.POSITIVE_INFINITY;
        for (Horizontal h : horizontals) {
            if (x < h.left() - 1 || x > h.right() + 1) continue;
            if (h.y() < y && h.y() > top) top = h.y();
            if (h.y() > y && h.y() < bottom) bottom = h.y();
        }
        if (Double.isInfinite(top) || Double.isInfinite(bottom)) return null;
        return new Band(Math.round(top * 10) / 10.0, Math.round(bottom * 10) / 10.0);
    }

    /** Whether a rule runs between the end of one glyph and the start of the next. */
    static boolean between(List<Double> rules, double endOfPrevious, double startOfNext) {
        for (double x : rules) if (x >= endOfPrevious - 0.5 && x <= startOfNext + 0.5) return true;
        return false;
    }

    OperatorProcessor processor(PDFStreamEngine engine, String name) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                handle(engine, name, operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private void handle(PDFStreamEngine engine, String op, List<COSBase> operands) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        switch (op) {
            case "m" -> {
                if (operands.size() < 2) return;
                current = point(ctm, number(operands, 0), number(operands, 1));
                subpathStart = current;
            }
            case "l" -> {
                if (operands.size() < 2 || current == null) return;
                double[] next = point(ctm, number(operands, 0), number(operands, 1));
                path.add(new double[]{current[0], current[1], next[0], next[1]});
                current = next;
            }
            case "h" -> {
                if (current != null && subpathStart != null) {
                    path.add(new double[]{current[0], current[1], subpathStart[0], subpathStart[1]});
                    current = subpathStart;
                }
            }
            case "re" -> {
                if (operands.size() < 4) return;
                double x = number(operands, 0), y = number(operands, 1), w = number(operands, 2), h = number(operands, 3);
                double[] a = point(ctm, x, y), b = point(ctm, x + w, y), c = point(ctm, x + w, y + h), d = point(ctm, x, y + h);
                double width = Math.abs(b[0] - a[0]), height = Math.abs(d[1] - a[1]);
                if (width < 2.5 && height > 4) {
                    // a thin filled or stroked rectangle drawn as a rule
                    path.add(new double[]{(a[0] + b[0]) / 2, Math.min(a[1], d[1]), (a[0] + b[0]) / 2, Math.max(a[1], d[1])});
                } else if (height < 2.5 && width > 4) {
                    path.add(new double[]{Math.min(a[0], b[0]), (a[1] + d[1]) / 2, Math.max(a[0], b[0]), (a[1] + d[1]) / 2});
                } else {
                    path.add(new double[]{a[0], a[1], d[0], d[1]});
                    path.add(new double[]{b[0], b[1], c[0], c[1]});
                    path.add(new double[]{a[0], a[1], b[0], b[1]});
                    path.add(new double[]{d[0], d[1], c[0], c[1]});
                }
                current = a;
                subpathStart = a;
            }
            case "n" -> path.clear();
            default -> {
                // a painting operator: what was drawn are rules
                for (double[] s : path) {
                    if (Math.abs(s[0] - s[2]) < 1.5 && Math.abs(s[1] - s[3]) > 4) {
                        verticals.add(new Vertical((s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3])));
                    } else if (Math.abs(s[1] - s[3]) < 1.5 && Math.abs(s[0] - s[2]) > 4) {
                        horizontals.add(new Horizontal((s[1] + s[3]) / 2, Math.min(s[0], s[2]), Math.max(s[0], s[2])));
                    }
                }
                path.clear();
                current = null;
            }
        }
    }

    /** A user-space point in the page's top-down coordinates, as TextPosition's *DirAdj values are. */
    private double[] point(Matrix ctm, double x, double y) {
        Point2D.Float p = ctm.transformPoint((float) x, (float) y);
        return new double[]{p.x - crop.getLowerLeftX(), crop.getUpperRightY() - p.y};
    }

    private static double number(List<COSBase> operands, int i) {
        return operands.get(i) instanceof COSNumber n ? n.floatValue() : 0;
    }
}
