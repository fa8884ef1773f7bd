package com.recruitingscheduler.sandbox.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.SandboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The service accounts the sandbox knows, as Google knows a project's: each by its e-mail ({@code client_email}) with
 * the public halves of its keys, against which the token endpoint checks every assertion's RS256 signature. Known are
 * the key files configured ({@code recruiting.sandbox.service-account-keys}, and the app's own
 * {@code recruiting.calendar.credentials}), and the keys the sandbox made on request ({@link #create}), as Google's
 * console makes a key file to download.
 */
@ApplicationScoped
public class ServiceAccounts {

    private static final Logger LOG = Logger.getLogger(ServiceAccounts.class);

    private final ObjectMapper json;
    private final Map<String, List<PublicKey>> keys = new ConcurrentHashMap<>();

    ServiceAccounts(ObjectMapper json, SandboxConfig config,
                    @ConfigProperty(name = "recruiting.calendar.credentials") Optional<String> appCredentials) {
        this.json = json;
        config.serviceAccountKeys().orElse(List.of()).forEach(file -> {
            try {
                trust(Files.readString(Path.of(file.strip())));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("recruiting.sandbox.service-account-keys: cannot read the key file " + file
                        + " (" + e.getMessage() + ")", e);
            }
        });
        appCredentials.ifPresent(file -> {
            try {
                trust(Files.readString(Path.of(file)));
            } catch (IOException | RuntimeException e) {
                LOG.debugf("The sandbox does not know the app's own key file %s: %s", file, e.getMessage());
            }
        });
    }

    /** The public keys of a service account, empty when the sandbox does not know it. */
    public List<PublicKey> keysOf(String clientEmail) {
        return clientEmail == null ? List.of() : keys.getOrDefault(clientEmail, List.of());
    }

    /** Makes a new service account with a fresh RSA key: the key file, as Google's console downloads it. */
    public ObjectNode create(String tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            String email = "sandbox-" + id + "@sandbox.iam.gserviceaccount.com";
            keys.computeIfAbsent(email, k -> new CopyOnWriteArrayList<>()).add(pair.getPublic());
            ObjectNode file = json.createObjectNode();
            file.put("type", "service_account");
            file.put("project_id", "sandbox");
            file.put("private_key_id", id);
            file.put("private_key", "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            file.put("client_email", email);
            file.put("client_id", id);
            file.put("token_uri", tokenUri);
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Knows the service account of a key file: its e-mail, and the public half of its private key. */
    private void trust(String keyFile) throws IOException {
        JsonNode file = json.readTree(keyFile);
        String email = file.path("client_email").asText(null);
        String pem = file.path("private_key").asText(null);
        if (email == null || pem == null) {
            throw new IOException("not a service-account key file (client_email and private_key are required)");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            keys.computeIfAbsent(email, k -> new CopyOnWriteArrayList<>()).add(publicKey);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IOException("its private_key is not an RSA key in PKCS#8 PEM", e);
        }
    }
}
