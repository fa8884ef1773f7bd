package com.recruitingscheduler.account;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The first administrator, created at start when there is no account yet (first setup of a new deployment). */
@ConfigMapping(prefix = "recruiting.accounts")
public interface AccountsConfig {

    Optional<String> bootstrapAdminEmail();

    /** At least 12 characters; only its bcrypt hash is stored. Remove it from the configuration once used. */
    Optional<String> bootstrapAdminPassword();

    /**
     * The Google Workspace domain whose users may sign in with Google (its {@code hd} claim), e.g. {@code corp.example}.
     * Google sign-in also needs quarkus.oidc.tenant-enabled, client-id and credentials.secret.
     */
    Optional<String> googleDomain();
}
