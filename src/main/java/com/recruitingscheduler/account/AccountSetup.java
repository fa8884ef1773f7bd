package com.recruitingscheduler.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Makes a new deployment usable and safe: refuses to start with a short bootstrap API key, or in production without a
 * key to sign form tokens; creates the first administrator from configuration; in dev mode seeds one account.
 */
public class AccountSetup {

    private static final Logger LOG = Logger.getLogger(AccountSetup.class);
    static final String DEV_EMAIL = "recruiter@example.com";
    static final String DEV_PASSWORD = "recruiter-dev-password";
    static final int MIN_API_KEY = 32;

    void onStart(@Observes StartupEvent start, AccountsConfig config, ApiConfig api) {
        if (api.bootstrapKey().filter(key -> key.length() < MIN_API_KEY).isPresent()) {
            throw new IllegalStateException("recruiting.api.bootstrap-key (RECRUITING_API_BOOTSTRAP_KEY) must have at least "
                    + MIN_API_KEY + " characters: it opens the whole API. Generate one, e.g. openssl rand -base64 32.");
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            String key = ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.rest-csrf.token-signature-key", String.class).orElse("");
            if (key.length() < 32) {
                throw new IllegalStateException("Set QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY (quarkus.rest-csrf.token-signature-key) "
                        + "to a secret of at least 32 characters, the same on every instance: it signs every form's CSRF token.");
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (Recruiter.count() > 0) {
                return;
            }
            if (config.bootstrapAdminEmail().isPresent() && config.bootstrapAdminPassword().isPresent()) {
                String password = config.bootstrapAdminPassword().get();
                if (password.length() < AdminResource.MIN_PASSWORD) {
                    throw new IllegalStateException("recruiting.accounts.bootstrap-admin-password must have at least "
                            + AdminResource.MIN_PASSWORD + " characters.");
                }
                Recruiter.create(config.bootstrapAdminEmail().get(), "Administrator", password, true);
                LOG.infof("Created the first administrator account %s", config.bootstrapAdminEmail().get());
            } else if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
                Recruiter.create(DEV_EMAIL, "Dev Recruiter", DEV_PASSWORD, true);
                LOG.infof("Dev mode: sign in as %s / %s", DEV_EMAIL, DEV_PASSWORD);
            }
        });
    }
}
