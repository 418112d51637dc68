package io.berth.tools.prepare;

import java.util.List;

/** harbor.cfg (or the prepare command line) is wrong; nothing has been written. */
final class InvalidConfigException extends Exception {

    private final List<String> problems;

    InvalidConfigException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
