package org.nianbao.checker.write;

import java.io.IOException;

/** Something that writes to a resource and may fail with an {@link IOException}, e.g. the body of an output file. */
@FunctionalInterface
public interface IOConsumer<T> {

    void accept(T target) throws IOException;
}
