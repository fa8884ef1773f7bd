package com.recruitingscheduler.account;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Access to the JSON API. */
@ConfigMapping(prefix = "recruiting.api")
public interface ApiConfig {

    /** One API key given by configuration, for first setup and automation. Never logged or shown. */
    Optional<String> bootstrapKey();
}
