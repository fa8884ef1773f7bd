package com.recruitingscheduler.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Makes a new deployment usable and safe: refuses to start in production without a shared session key, creates the
 * first administrator from configuration, and in dev mode seeds one account to sign in with.
 */
public class AccountSetup {

    private static final Logger LOG = Logger.getLogger(AccountSetup.class);
    static final String DEV_EMAIL = "recruiter@example.com";
    static final String DEV_PASSWORD = "recruiter-dev-password";

    void onStart(@Observes StartupEvent start, AccountsConfig config) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            String key = ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.http.auth.session.encryption-key", String.class).orElse("");
            if (key.length() < 16) {
                throw new IllegalStateException("Set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY (quarkus.http.auth.session.encryption-key) "
                        + "to a secret of at least 16 characters, the same on every instance: it encrypts the sign-in cookie.");
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
