package com.recruitingscheduler.sandbox.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.recruitingscheduler.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs conference data the way Google does in spirit: an HMAC over the whole conference under a server secret,
 * so a copy is accepted only when it carries every field — including ones a client does not know — and the signature
 * unchanged.
 */
@ApplicationScoped
class ConferenceSigner {

    private final byte[] secret;

    ConferenceSigner(SandboxConfig config) {
        this.secret = config.signingSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    String sign(JsonNode conferenceData) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(canonical(conferenceData).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    boolean verifies(JsonNode conferenceData) {
        String signature = conferenceData.path("signature").asText(null);
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(conferenceData).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The whole conference — every field, known or not — less the signature itself and the create request (which
     * belongs to the event that asked), with object keys in order: a copy is accepted only when nothing was dropped.
     */
    private static String canonical(JsonNode data) {
        StringBuilder text = new StringBuilder();
        write(data, text, true);
        return text.toString();
    }

    private static void write(JsonNode node, StringBuilder text, boolean top) {
        if (node.isObject()) {
            text.append('{');
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            node.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> {
                if (top && (name.equals("signature") || name.equals("createRequest"))) {
                    return;
                }
                text.append(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(name)).append(':');
                write(node.get(name), text, false);
                text.append(',');
            });
            text.append('}');
        } else if (node.isArray()) {
            text.append('[');
            node.forEach(item -> {
                write(item, text, false);
                text.append(',');
            });
            text.append(']');
        } else {
            text.append(node.toString());
        }
    }
}
