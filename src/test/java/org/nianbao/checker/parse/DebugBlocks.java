package org.nianbao.checker.parse;

import java.util.List;
import org.nianbao.checker.model.Block;
import org.nianbao.checker.model.Document;

public final class DebugBlocks {
    public static List<Block> blocks(Document doc) {
        return InlineTables.expand(new StructureSplitter(new SectionFinder(SectionAliases.defaults())).split(doc.blocks()));
    }
}
