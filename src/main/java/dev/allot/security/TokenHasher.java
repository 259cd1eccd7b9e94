package dev.allot.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * API tokens are long random secrets, so a fast SHA-256 is the right hash for them (unlike passwords): the
 * database only ever holds the hash, and a lookup is one index probe.
 */
public final class TokenHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHasher() {
    }

    public static byte[] hash(String token) {
        return DigestUtils.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    /** A new token: "allot_" and 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "allot_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** A new password for a generated admin: 20 characters, unambiguous alphabet. */
    public static String newPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
