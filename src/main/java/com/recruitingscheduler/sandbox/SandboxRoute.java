package com.recruitingscheduler.sandbox;

import io.vertx.ext.web.Router;

/** A part of the sandbox served as plain Vert.x routes; {@link SandboxRoutes} registers it only when the sandbox is on. */
public interface SandboxRoute {

    void register(Router router);
}
