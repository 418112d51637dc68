package io.berth.registry.blob;

import io.berth.registry.storage.BlobStore;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.LinkedBlobStore;
import io.berth.registry.storage.StoreError;
import io.berth.registry.storage.StoreException;
import io.berth.registry.storage.driver.FileInfo;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

/** Blobs in this registry's own storage, the end of every {@link BlobService} chain: present when linked into the repository. */
@Singleton
@Typed(LocalBlobs.class)
public class LocalBlobs implements BlobService {

    private final LinkedBlobStore links;
    private final BlobStore blobs;

    public LocalBlobs(LinkedBlobStore links, BlobStore blobs) {
        this.links = links;
        this.blobs = blobs;
    }

    @Override
    public void serve(String repo, Digest digest, BlobReply reply) throws Exception {
        FileInfo info = links.require(repo, digest);
        reply.stored(new StoredBlob(info.size(), blobs.localFile(digest), offset -> blobs.open(digest, offset)));
    }

    @Override
    public void delete(String repo, Digest digest) {
        if (links.stat(repo, digest).isEmpty() || !links.unlink(repo, digest)) {
            throw new StoreException(StoreError.BLOB_UNKNOWN, digest.toString());
        }
    }
}
