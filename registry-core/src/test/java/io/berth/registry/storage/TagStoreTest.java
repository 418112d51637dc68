package io.berth.registry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.berth.registry.storage.driver.FilesystemDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tag is listed only when its link is there: what a crash mid-tag or mid-untag leaves is not a tag. */
class TagStoreTest {

    private static final Digest A = Digest.parse("sha256:" + "a".repeat(64));
    private static final Digest B = Digest.parse("sha256:" + "b".repeat(64));

    @TempDir
    Path dir;
    private TagStore tags;

    @BeforeEach
    void store() throws Exception {
        tags = new TagStore(new FilesystemDriver(dir));
    }

    @Test
    void listsTagsWithTheirLinksInLexicalOrder() {
        tags.tag("p/r", "v2", B);
        tags.tag("p/r", "v1", A);

        assertEquals(List.of("v1", "v2"), tags.list("p/r"));
        assertEquals(Map.of("v1", A, "v2", B), tags.all("p/r"));
    }

    @Test
    void aTagFolderWithoutItsLinkIsNotListed() throws Exception {
        tags.tag("p/r", "whole", A);
        // killed between the folder and the rename of the link into it: only the temporary file exists
        Path current = dir.resolve("docker/registry/v2/repositories/p/r/_manifests/tags/half/current");
        Files.createDirectories(current);
        Files.write(current.resolve(".link.0.tmp"), A.toString().getBytes());
        // killed in the middle of an untag: the link is gone, the folder is not
        Files.createDirectories(dir.resolve("docker/registry/v2/repositories/p/r/_manifests/tags/gone/current"));

        assertEquals(List.of("whole"), tags.list("p/r"));
        assertEquals(Map.of("whole", A), tags.all("p/r"));
    }
}
