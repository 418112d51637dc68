package io.berth.registry.storage;

import io.berth.registry.storage.driver.PathNotFoundException;
import io.berth.registry.storage.driver.StorageDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes link files (a digest as text). */
final class Links {

    private Links() {
    }

    static Optional<Digest> read(StorageDriver driver, String path) {
        try {
            return Optional.of(Digest.parse(new String(driver.getContent(path), StandardCharsets.UTF_8).trim()));
        } catch (PathNotFoundException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a corrupt link counts as absent
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(StorageDriver driver, String path, Digest target) {
        try {
            driver.putContent(path, target.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean delete(StorageDriver driver, String path) {
        try {
            driver.delete(path);
            return true;
        } catch (PathNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The targets of a {@code <alg>/<hex>/link} tree under {@code root}; empty when it is absent. */
    static List<Digest> readTree(StorageDriver driver, String root) {
        List<Digest> out = new ArrayList<>();
        for (String alg : children(driver, root)) {
            for (String hexDir : children(driver, alg)) {
                read(driver, hexDir + "/link").ifPresent(out::add);
            }
        }
        return out;
    }

    /** The entries of a directory; empty when it is absent (or went away while listed). */
    static List<String> children(StorageDriver driver, String dir) {
        try {
            return driver.list(dir);
        } catch (PathNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
