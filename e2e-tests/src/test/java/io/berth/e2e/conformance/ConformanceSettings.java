package io.berth.e2e.conformance;

import java.util.Optional;

/**
 * The conformance suite's settings, named after its environment variables: {@code OCI_ROOT_URL},
 * {@code OCI_NAMESPACE}, {@code OCI_CROSSMOUNT_NAMESPACE}, {@code OCI_USERNAME}, {@code OCI_PASSWORD},
 * {@code OCI_DELETE_MANIFEST_BEFORE_BLOBS} (default true) and {@code OCI_AUTOMATIC_CROSSMOUNT}
 * (unset: the automatic-mount checks are skipped). All four workflows always run here.
 */
record ConformanceSettings(String rootUrl, String namespace, String crossmountNamespace, String username,
        String password, boolean deleteManifestBeforeBlobs, Optional<Boolean> automaticCrossmount) {
}
