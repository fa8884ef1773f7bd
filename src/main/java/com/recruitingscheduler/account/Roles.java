package com.recruitingscheduler.account;

import java.util.Set;

/** The roles the app knows. An admin is also a recruiter; an API key is neither. */
public final class Roles {
    public static final String RECRUITER = "recruiter";
    public static final String ADMIN = "admin";
    public static final String API = "api";

    private Roles() {
    }

    /** An account's roles. */
    public static Set<String> of(boolean admin) {
        return admin ? Set.of(RECRUITER, ADMIN) : Set.of(RECRUITER);
    }
}
