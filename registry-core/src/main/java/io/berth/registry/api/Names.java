package io.berth.registry.api;

import io.berth.common.oci.TagGrammar;
import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import io.berth.registry.storage.Digest;
import java.util.regex.Pattern;

/** The OCI grammar for repository names, tags and digests, raising the matching OCI errors. */
public final class Names {

    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*");
    public static final int MAX_NAME = 255;

    private Names() {
    }

    public static boolean validName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            return false;
        }
        for (String c : name.split("/", -1)) {
            if (!COMPONENT.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }

    public static String requireName(String name) {
        if (!validName(name)) {
            throw new RegistryApiException(ErrorCode.NAME_INVALID, name);
        }
        return name;
    }

    public static boolean validTag(String tag) {
        return TagGrammar.valid(tag);
    }

    public static Digest requireDigest(String text) {
        try {
            return Digest.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RegistryApiException(ErrorCode.DIGEST_INVALID, text);
        }
    }
}
