package io.berth.registry.api;

import static io.restassured.RestAssured.given;

import io.berth.registry.storage.Digest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Test helpers speaking the OCI API through rest-assured. */
final class Oci {

    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";

    private Oci() {
    }

    static String repo() {
        return "test/r" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Digest pushBlob(String repo, byte[] data) {
        Digest d = Digest.of(data);
        given().queryParam("digest", d.toString()).contentType("application/octet-stream").body(data)
                .post("/v2/" + repo + "/blobs/uploads/").then().statusCode(201);
        return d;
    }

    static String manifest(Digest config, int configSize, List<Digest> layers, List<Integer> sizes, String subject) {
        StringBuilder sb = new StringBuilder("{\"schemaVersion\":2,\"mediaType\":\"" + OCI_MANIFEST + "\",");
        sb.append("\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"")
                .append(config).append("\",\"size\":").append(configSize).append("},\"layers\":[");
        for (int i = 0; i < layers.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"")
                    .append(layers.get(i)).append("\",\"size\":").append(sizes.get(i)).append('}');
        }
        sb.append(']');
        if (subject != null) {
            sb.append(",\"subject\":").append(subject);
        }
        return sb.append('}').toString();
    }

    /** Pushes config + one layer + manifest under the tag; returns the manifest digest. */
    static Digest pushImage(String repo, String tag, String seed) {
        byte[] config = ("{\"seed\":\"" + seed + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] layer = ("layer-" + seed).getBytes(StandardCharsets.UTF_8);
        Digest c = pushBlob(repo, config);
        Digest l = pushBlob(repo, layer);
        String m = manifest(c, config.length, List.of(l), List.of(layer.length), null);
        Response r = given().contentType(OCI_MANIFEST).body(m).put("/v2/" + repo + "/manifests/" + tag);
        r.then().statusCode(201);
        return Digest.parse(r.header("Docker-Content-Digest"));
    }

    static String descriptor(String mediaType, Digest d, int size) {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + d + "\",\"size\":" + size + "}";
    }
}
