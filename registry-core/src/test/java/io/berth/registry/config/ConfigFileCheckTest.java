package io.berth.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What config.yml may hold: distribution's keys Berth serves or can safely ignore, and nothing else. */
class ConfigFileCheckTest {

    private static List<String> problems(String yaml) {
        return ConfigFileCheck.problems(ConfigFileCheck.keys(yaml));
    }

    @Test
    void theConfigPrepareWritesIsAccepted() {
        assertEquals(List.of(), problems("""
                version: 0.1
                log: {level: info, formatter: text}
                storage:
                  filesystem: {rootdirectory: "/data/registry", maxthreads: 100}
                  cache: {blobdescriptor: inmemory}
                  redirect: {disable: true}
                  delete: {enabled: true}
                  maintenance:
                    uploadpurging: {enabled: true, age: 168h, interval: 24h, dryrun: false}
                auth:
                  token: {realm: "http://h/service/token", service: harbor-registry, issuer: harbor-token-issuer,
                          rootcertbundle: /c.pem}
                notifications:
                  events: {includereferences: true}
                  endpoints:
                    - {name: ui, url: "http://ui/internal/v1/events", timeout: 3s, backoff: 1s}
                    - {name: other, url: "http://o/", disabled: true}
                proxy: {remoteurl: "https://upstream", username: u, password: p}
                berth:
                  internal-secret-file: /s
                  outbox-dir: /o
                  manifest-max-bytes: 1000
                  gc: {grace-window: 30m}
                quarkus:
                  http: {host: 127.0.0.1, port: 8082}
                  log: {syslog: {enabled: true, endpoint: "log:1514"}}
                """));
    }

    @Test
    void anotherStorageDriverIsRefusedByName() {
        assertEquals(List.of("storage.s3: storage driver s3 is not supported (Berth stores on the filesystem driver)"),
                problems("""
                        storage:
                          filesystem: {rootdirectory: /data}
                          s3: {bucket: b, region: r}
                        """));
    }

    @Test
    void anEmptyDriverSectionIsRefusedToo() {
        assertEquals(List.of("storage.s3: storage driver s3 is not supported (Berth stores on the filesystem driver)"),
                problems("""
                        storage:
                          filesystem: {rootdirectory: /data}
                          s3:
                        """));
    }

    @Test
    void unknownSectionsAndKeysAreNamed() {
        assertEquals(List.of("auth.htpasswd: auth htpasswd is not supported (Berth uses token auth)",
                "berth.outbox: unknown or unsupported key", "http.addr: unknown or unsupported key",
                "notifications.endpoints[0].headers: unknown or unsupported key"),
                problems("""
                        http: {addr: ":5000"}
                        auth:
                          htpasswd: {realm: r, path: /p}
                        notifications:
                          endpoints:
                            - {name: a, url: "http://a", headers: {X: [y]}}
                        berth: {outbox: /typo}
                        """));
    }
}
