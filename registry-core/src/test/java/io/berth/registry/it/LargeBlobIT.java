package io.berth.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 1 GiB blob pushed and pulled through the packaged registry running with a 128 MiB heap. */
class LargeBlobIT {

    static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    @Test
    void oneGibBlobWith128MibHeap() throws Exception {
        String digest = Streams.sha256(Streams.content(GIB, 42));
        try (PackagedRegistry registry = new PackagedRegistry(dir, "128m")) {
            registry.start();
            HttpURLConnection post = Streams.open("POST", registry.base() + "/v2/big/blob/blobs/uploads/");
            assertEquals(202, post.getResponseCode());
            String location = post.getHeaderField("Location");
            var put = Streams.send("PUT", registry.base() + location + "?digest=" + digest,
                    Streams.content(GIB, 42), GIB, null);
            assertEquals(201, put.statusCode());
            assertEquals(digest, put.headers().firstValue("Docker-Content-Digest").orElse(null));

            HttpURLConnection get = Streams.open("GET", registry.base() + "/v2/big/blob/blobs/" + digest);
            assertEquals(200, get.getResponseCode());
            assertEquals(String.valueOf(GIB), get.getHeaderField("Content-Length"));
            try (InputStream in = get.getInputStream()) {
                assertEquals(digest, Streams.sha256(in));
            }
            assertEquals(true, registry.alive(), "the registry survived with its 128 MiB heap");
        }
    }
}
