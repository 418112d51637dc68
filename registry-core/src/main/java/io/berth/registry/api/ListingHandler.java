package io.berth.registry.api;

import io.berth.common.oci.MediaTypes;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.manifest.LocalManifests;
import io.berth.registry.storage.Digest;
import io.berth.registry.storage.RepositoryCatalog;
import io.berth.registry.storage.TagStore;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tags list, catalog and OCI 1.1 referrers. */
@Singleton
public class ListingHandler {

    private final TagStore tags;
    private final RepositoryCatalog catalog;
    private final LocalManifests manifests;
    private final Responses responses;

    public ListingHandler(TagStore tags, RepositoryCatalog catalog, LocalManifests manifests, Responses responses) {
        this.tags = tags;
        this.catalog = catalog;
        this.manifests = manifests;
        this.responses = responses;
    }

    public void tags(Call call) {
        if (!catalog.exists(call.name())) {
            throw new RegistryApiException(ErrorCode.NAME_UNKNOWN, call.name());
        }
        Paging.Page page = Paging.page(call, tags.list(call.name()), "/v2/" + call.name() + "/tags/list");
        link(call, page);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", call.name());
        body.put("tags", page.items());
        responses.json(call, 200, "application/json", body);
    }

    public void catalog(Call call) {
        Paging.Page page = Paging.page(call, catalog.list(), "/v2/_catalog");
        link(call, page);
        responses.json(call, 200, "application/json", Map.of("repositories", page.items()));
    }

    public void referrers(Call call) {
        Digest subject = Names.requireDigest(call.path().reference());
        String artifactType = call.query("artifactType");
        List<Map<String, Object>> found = manifests.referrers(call.name(), subject, artifactType);
        if (artifactType != null) {
            call.response().putHeader("OCI-Filters-Applied", "artifactType");
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("schemaVersion", 2);
        index.put("mediaType", MediaTypes.OCI_INDEX);
        index.put("manifests", found);
        responses.json(call, 200, MediaTypes.OCI_INDEX, index);
    }

    private static void link(Call call, Paging.Page page) {
        if (page.nextLink() != null) {
            call.response().putHeader("Link", page.nextLink());
        }
    }
}
