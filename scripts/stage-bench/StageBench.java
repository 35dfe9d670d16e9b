import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nianbao.checker.model.Document;
import org.nianbao.checker.model.ParsedReport;
import org.nianbao.checker.normalize.DocumentNormalizer;
import org.nianbao.checker.parse.ParserSettings;
import org.nianbao.checker.parse.ReportParser;
import org.nianbao.checker.read.Readers;

/**
 * Read, normalise and parse the first N files of a folder in one thread, R rounds, printing per round the time of
 * each stage and the thread's CPU time. Uses only the API that the checker has had since before issue 10, so one
 * source compiles against an earlier jar and this one (see stage-side-by-side.sh).
 */
public class StageBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]), rounds = Integer.parseInt(args[2]);
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(Files::isRegularFile).sorted().limit(n).forEach(files::add);
        }
        Readers readers = Readers.standard();
        DocumentNormalizer normalizer = new DocumentNormalizer();
        ReportParser parser = new ReportParser(ParserSettings.defaults());
        var threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long read = 0, normalize = 0, parse = 0, sections = 0;
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (Path f : files) {
                long t0 = System.nanoTime();
                Document d;
                try {
                    d = readers.read(f);
                } catch (Exception e) {
                    continue;
                }
                long t1 = System.nanoTime();
                var normal = normalizer.normalize(d);
                long t2 = System.nanoTime();
                ParsedReport p = parser.parse(normal.document(), normal.flags());
                long t3 = System.nanoTime();
                read += t1 - t0;
                normalize += t2 - t1;
                parse += t3 - t2;
                sections += p.sections().size();
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            System.out.printf("round %d: read %d ms, normalize %d ms, parse %d ms, cpu %d ms (%d sections)%n", r,
                    read / 1_000_000, normalize / 1_000_000, parse / 1_000_000, cpu / 1_000_000, sections);
        }
    }
}
