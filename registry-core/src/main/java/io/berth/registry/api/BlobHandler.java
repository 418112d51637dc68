package io.berth.registry.api;

import io.berth.registry.blob.BlobService;
import io.berth.registry.config.StorageConfig;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.storage.Digest;
import jakarta.inject.Singleton;

/** {@code HEAD|GET|DELETE /v2/<name>/blobs/<digest>}. */
@Singleton
public class BlobHandler {

    private final BlobService blobs;
    private final Responses responses;
    private final boolean deleteEnabled;

    public BlobHandler(BlobService blobs, Responses responses, StorageConfig storage) {
        this.blobs = blobs;
        this.responses = responses;
        this.deleteEnabled = storage.delete().enabled();
    }

    public void get(Call call) throws Exception {
        Digest d = Names.requireDigest(call.path().reference());
        blobs.serve(call.name(), d, new BlobResponse(call, d));
    }

    public void delete(Call call) {
        Digest d = Names.requireDigest(call.path().reference());
        if (!deleteEnabled) {
            throw new RegistryApiException(ErrorCode.UNSUPPORTED, "deletion is disabled");
        }
        blobs.delete(call.name(), d);
        call.response().putHeader("Docker-Content-Digest", d.toString());
        responses.empty(call, 202);
    }
}
